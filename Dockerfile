# One image for both the importer and the web app: `docker compose` picks the entry point.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props KnowledgeBase.sln ./
COPY src/ src/
RUN dotnet publish src/Web/Web.csproj -c Release -o /app/web \
 && dotnet publish src/Importer/Importer.csproj -c Release -o /app/importer

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app /app
COPY content/ /app/content/
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "/app/web/KnowledgeBase.Web.dll"]
