using System.Text;

namespace KnowledgeBase.Bench;

/// <summary>Causes, fixes and articles of realistic length, assembled from sentence templates.</summary>
public static class Prose
{
    // {0} the resource in prose, {1} the service name, {2} the vendor name, {3} the code.
    private static readonly Dictionary<string, string[]> CauseSentences = new()
    {
        ["not-found"] =
        [
            "The {0} named in the request does not exist in the region or project the call was sent to.",
            "A {0} that was deleted moments ago can still be referenced by a cached identifier in the client.",
            "{2} {1} resolves identifiers per region, so a {0} created elsewhere is not visible here.",
            "The identifier has a typo, the wrong prefix, or belongs to another account.",
        ],
        ["conflict"] =
        [
            "Another request changed the {0} between the moment it was read and the moment it was written.",
            "The {0} is still attached to, or referenced by, another resource in {1}.",
            "Names of a {0} are unique per account, and the chosen name is already taken.",
            "Two deployments raced to create the same {0}.",
        ],
        ["quota"] =
        [
            "The account reached the number of {0}s its current plan allows in {1}.",
            "Quotas in {2} are counted per region; resources that are stopped still count.",
            "A burst of automated creations used up the {0} allowance faster than expected.",
        ],
        ["validation"] =
        [
            "The request carried a {0} that {1} does not accept: a wrong format, a value out of range, or an unsupported option.",
            "Client libraries older than the current API version send the {0} in a shape the service no longer accepts.",
            "An empty string, a stray space or a wrongly encoded character in the {0} makes the whole request invalid.",
            "The {0} is valid on its own but not in combination with the other parameters of the call.",
        ],
        ["server"] =
        [
            "{2} {1} had a transient problem while processing the {0}.",
            "A dependency of {1} did not answer in time, so the {0} request was abandoned.",
            "The failure is on the provider's side and usually clears within seconds.",
        ],
        ["throttling"] =
        [
            "The caller sent more {0} requests per second than {1} allows for the account.",
            "Several clients share the same credentials and together exceed the rate limit.",
            "Retries without backoff amplify a short spike into sustained throttling.",
        ],
        ["authorization"] =
        [
            "The identity that signed the request has no policy allowing this action on the {0}.",
            "An explicit deny in an organization-level policy overrides the permissions granted to the {0}.",
            "The {0} belongs to another project, and cross-project access is not configured.",
        ],
        ["authentication"] =
        [
            "The credentials used for the {0} are expired, revoked or were issued for another environment.",
            "The clock of the calling machine drifted, so the signed request looks expired to {1}.",
            "A rotated secret was not yet deployed to every client.",
        ],
        ["consistency"] =
        [
            "The {0} was just created or changed and has not reached the state the operation needs.",
            "{1} is eventually consistent: a read right after a write may not see the {0} yet.",
            "An earlier operation on the {0} is still running.",
        ],
        ["client"] =
        [
            "The client calls a version of the {0} API that {2} retired.",
            "The request uses a feature of {1} that is no longer offered.",
        ],
    };

    private static readonly Dictionary<string, string[]> FixSentences = new()
    {
        ["not-found"] =
        [
            "List the {0}s in the target region and check that the identifier matches exactly.",
            "Make sure the request goes to the region and project where the {0} was created.",
            "If the {0} was deleted, recreate it or remove the stale reference from configuration.",
        ],
        ["conflict"] =
        [
            "Read the {0} again, apply the change to the fresh copy and send it with the new version tag.",
            "Detach or delete the resources that still reference the {0}, then repeat the operation.",
            "Choose another name, or reuse the existing {0} if it is the one you meant.",
        ],
        ["quota"] =
        [
            "Delete {0}s that are no longer needed, including stopped ones.",
            "Request a quota increase for {0}s from the {2} console.",
            "Spread the {0}s over several regions or projects.",
        ],
        ["validation"] =
        [
            "Compare the {0} with the format described in the {1} API reference and correct it.",
            "Upgrade the client library so that it sends the {0} in the current format.",
            "Log the exact request body and look for empty or badly encoded values.",
        ],
        ["server"] =
        [
            "Retry the request with exponential backoff.",
            "Check the {2} status page for incidents affecting {1}.",
            "If the error persists for more than a few minutes, contact support with the request ID.",
        ],
        ["throttling"] =
        [
            "Retry with exponential backoff and jitter, and lower the request rate.",
            "Batch {0} operations instead of sending them one by one.",
            "Ask for a higher rate limit if the sustained load is legitimate.",
        ],
        ["authorization"] =
        [
            "Grant the calling identity a policy that allows this action on the {0}.",
            "Check organization-level policies for an explicit deny.",
            "Call the API with credentials of the project that owns the {0}.",
        ],
        ["authentication"] =
        [
            "Obtain fresh credentials and retry the call.",
            "Synchronize the system clock with NTP.",
            "Roll out the rotated secret to every client before revoking the old one.",
        ],
        ["consistency"] =
        [
            "Wait until the {0} reports a ready state, then repeat the operation.",
            "Poll the {0} with backoff instead of acting on it immediately after creation.",
        ],
        ["client"] =
        [
            "Move the integration to the current version of the {1} API.",
            "Remove the use of the retired {0} feature.",
        ],
    };

    private static readonly Dictionary<string, string> RetryGuidance = new()
    {
        ["retryable"] = "Retry with exponential backoff and full jitter, starting at about 100 ms and capping at 20 seconds; give up after five attempts.",
        ["not-retryable"] = "Do not retry the same request: it fails the same way until the request or the account is changed.",
        ["conditional"] = "Retry only after the condition that caused the error has changed, for example once the resource reports a ready state.",
    };

    private static string[] Sentences(Dictionary<string, string[]> table, string category) =>
        table.TryGetValue(category, out var sentences) ? sentences : table["validation"];

    private static string Format(string template, CorpusCode code, string resource) =>
        Capitalize(string.Format(System.Globalization.CultureInfo.InvariantCulture, template,
            resource, code.Service.Name, code.Service.Vendor.Name, code.Code));

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    public static string ShortCause(Rng rng, CorpusCode code, string resource) =>
        Format(rng.Pick(Sentences(CauseSentences, code.Category)), code, resource);

    public static string ShortFix(Rng rng, CorpusCode code, string resource) =>
        Format(rng.Pick(Sentences(FixSentences, code.Category)), code, resource);

    public static string Retry(string verdict) => RetryGuidance[verdict];

    /// <summary>Two or three paragraphs and a list of triggers.</summary>
    public static string LongCause(Rng rng, CorpusCode code, string resource)
    {
        var sentences = Sentences(CauseSentences, code.Category).ToList();
        rng.Shuffle(sentences);
        var background = BackgroundSentences.ToList();
        rng.Shuffle(background);
        var text = new StringBuilder();
        text.Append(Format(sentences[0], code, resource));
        text.Append($" {code.Service.Vendor.Name} returns `{code.Code}` with HTTP status {code.Variants[0].Status} in that case.");
        if (sentences.Count > 2)
        {
            text.Append(' ').Append(Format(sentences[2], code, resource));
        }
        text.Append("\n\n");
        var paragraphs = rng.Between(1, 2);
        for (var p = 0; p < paragraphs; p++)
        {
            text.Append(Format(background[2 * p], code, resource)).Append(' ').Append(Format(background[2 * p + 1], code, resource)).Append("\n\n");
        }
        text.Append("Common triggers:\n\n");
        foreach (var sentence in sentences.Skip(1).Take(rng.Between(1, sentences.Count - 1)))
        {
            text.Append("- ").Append(Format(sentence, code, resource)).Append('\n');
        }
        return text.ToString().TrimEnd('\n');
    }

    // Said of any error: how the request travels and where it can go wrong.
    private static readonly string[] BackgroundSentences =
    [
        "Every call to {1} passes through authentication, validation and the regional control plane before it reaches the {0}.",
        "The error is reported by the control plane, so no change was made to the {0}.",
        "Client libraries usually surface the code as an exception whose message repeats the text of the response.",
        "Logs of the calling application show the request ID, which {2} support needs to trace the call.",
        "The same code can appear in batch operations, where only some items of the batch failed.",
        "Infrastructure-as-code tools report it as a failed resource and stop the rest of the plan.",
        "The response body also carries a request ID and sometimes the name of the offending field.",
        "In audit logs the failed call is recorded with the identity that made it and the code `{3}`.",
    ];

    /// <summary>Numbered steps, sometimes with a command block.</summary>
    public static string LongFix(Rng rng, CorpusCode code, string resource)
    {
        var sentences = Sentences(FixSentences, code.Category);
        var text = new StringBuilder();
        var cli = code.Service.Vendor.Slug.Split('-')[0];
        var noun = resource.Replace(' ', '-');
        var step = 1;
        foreach (var sentence in sentences)
        {
            text.Append(step++).Append(". ").Append(Format(sentence, code, resource)).Append('\n');
        }
        text.Append(step).Append($". Confirm the result with `{cli} {code.Service.Slug} describe-{noun}s`.\n");
        if (rng.Chance(0.5))
        {
            text.Append("\n```sh\n")
                .Append($"{cli} {code.Service.Slug} describe-{noun}s --region eu-west-1 --output json\n")
                .Append($"{cli} {code.Service.Slug} {rng.Pick(Vocabulary.Actions)}-{noun} --id {rng.Pick(Vocabulary.Placeholders)}\n")
                .Append("```\n");
        }
        text.Append('\n').Append(Format(rng.Pick(sentences), code, resource));
        return text.ToString();
    }

    public static string ArticleBody(Rng rng, CorpusService service, IReadOnlyList<CorpusCode> codes)
    {
        var text = new StringBuilder();
        text.Append($"Errors of {service.Vendor.Name} {service.Name} often come in groups. This write-up walks through the most frequent ones and how to tell them apart.\n\n");
        foreach (var code in codes)
        {
            var resource = code.Words;
            text.Append($"## {code.Code}\n\n");
            text.Append(Format(rng.Pick(Sentences(CauseSentences, code.Category)), code, resource)).Append(' ');
            text.Append(Format(rng.Pick(Sentences(FixSentences, code.Category)), code, resource)).Append('\n');
            text.Append($"See [{code.Code}](/codes/{service.Vendor.Slug}/{service.Slug}/{Uri.EscapeDataString(code.Code)}).\n\n");
        }
        text.Append("## Retrying safely\n\n").Append(RetryGuidance["retryable"]).Append('\n');
        return text.ToString();
    }
}
