using System.Net.Sockets;
using Npgsql;

namespace KnowledgeBase.Data.Codes;

/// <summary>Turns connection failures into a sentence that names the setting to change.</summary>
public static class DatabaseErrors
{
    private const string Setting = "ConnectionStrings__KnowledgeBase";

    public static string Describe(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case PostgresException { SqlState: "28P01" or "28000" }:
                    return $"PostgreSQL rejected the user name or password: check Username and Password in {Setting}.";
                case PostgresException { SqlState: "3D000" }:
                    return $"The database named in {Setting} does not exist: create it or fix Database=.";
                case SocketException socket:
                    return $"PostgreSQL is unreachable ({socket.SocketErrorCode}): check Host and Port in {Setting}, or start it with './kb db start'.";
                case TimeoutException:
                    return $"PostgreSQL did not answer in time: check Host and Port in {Setting}.";
            }
        }
        return $"The database failed: {exception.GetBaseException().Message} (connection string: {Setting}).";
    }

    public static bool IsConnectionFailure(Exception exception)
    {
        for (var ex = exception; ex is not null; ex = ex.InnerException)
        {
            if (ex is SocketException or TimeoutException or PostgresException { SqlState: "28P01" or "28000" or "3D000" })
            {
                return true;
            }
            if (ex is NpgsqlException { IsTransient: true })
            {
                return true;
            }
        }
        return false;
    }
}
