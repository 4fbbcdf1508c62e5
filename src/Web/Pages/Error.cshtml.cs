using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace KnowledgeBase.Web.Pages;

[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string Title { get; private set; } = "Something went wrong";
    public string Message { get; private set; } = "The page could not be shown. Please try again in a moment.";

    public void OnGet(int? status) => Describe(status);

    public void OnPost(int? status) => Describe(status);

    private void Describe(int? status)
    {
        if (status is 404)
        {
            Title = "Page not found";
            Message = "There is no page at this address. Search for the code or message instead.";
        }
        else if (status is 429)
        {
            Title = "Too many requests";
            Message = "You sent many requests in a short time. Wait a few seconds and try again.";
        }
        else if (status is >= 400 and < 500)
        {
            Title = "That request could not be handled";
            Message = "Check the address or the form and try again.";
        }
        Response.StatusCode = status is >= 400 and < 600 ? status.Value : StatusCodes.Status500InternalServerError;
    }
}
