using System.Security.Claims;
using Bunit;
using FactCheck.Core.Accounts;
using FactCheck.Core.Articles;
using FactCheck.Core.Review;
using FactCheck.Storage;
using FactCheck.Storage.Desk;
using FactCheck.Web.Features.Account;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactCheck.Web.Tests.Features;

/// The web test context plus the editorial services (desk snapshot, queries, users) and a signed-in user.
public abstract class EditorialTestContext : WebTestContext
{
    protected static readonly DateTime Now = new(2026, 3, 10, 12, 0, 0, DateTimeKind.Utc);

    protected EditorialTestContext()
    {
        Users = new UserStore(Db);
        Facts = new DeskFacts(Db);
        Services.AddSingleton(Users);
        Services.AddSingleton(Facts);
        Services.AddSingleton(new VerdictLists(Db, Facts));
        Services.AddSingleton(new DashboardQuery(Facts, Scales, Settings));
        Services.AddSingleton(new ScaleChanges(Db, Scales, Facts));
        Services.AddSingleton<Microsoft.Extensions.Logging.ILoggerFactory>(NullLoggerFactory.Instance);
        Users.Create(Checker.UserName, Checker.DisplayName, Role.FactChecker, "correct horse battery", Now);
        Users.Create(Editor.UserName, Editor.DisplayName, Role.Editor, "correct horse battery", Now);
        Users.Create(Admin.UserName, Admin.DisplayName, Role.Admin, "correct horse battery", Now);
        Users.Create(SecondChecker.UserName, SecondChecker.DisplayName, Role.FactChecker, "correct horse battery", Now);
    }

    protected static CurrentUser Admin { get; } = new(3, "ada", "Ada Admin", Role.Admin);

    protected static CurrentUser SecondChecker { get; } = new(4, "robin", "Robin Second", Role.FactChecker);

    protected UserStore Users { get; }

    protected DeskFacts Facts { get; }

    /// Signs <paramref name="user"/> in for the components rendered next.
    protected void SignIn(CurrentUser user)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(user.UserName);
        auth.SetRoles(user.Role.ToString());
        auth.SetClaims(
            new Claim(ClaimTypes.NameIdentifier, user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new Claim(CurrentUser.DisplayNameClaim, user.DisplayName));
    }

    /// The sample article's first quote and claim.
    protected (int ArticleId, ArticleSpan Quote, ArticleSpan Claim) Sample()
    {
        var id = ImportSample();
        var spans = Articles.Spans(id);
        return (id, spans.First(s => s.Kind == SpanKind.Quote), spans.First(s => s.Kind == SpanKind.Claim));
    }

    /// A verdict by <paramref name="checker"/> on <paramref name="spanId"/>, submitted for review.
    protected Verdict Submitted(int spanId, CurrentUser checker, string rating = "false", string rationale = "The record says otherwise.")
    {
        var draft = Verdicts.Save(spanId, ActorFor(checker), rating, rationale, null, Now.AddHours(-60)).Verdict!;
        return Verdicts.Submit(draft.Id, ActorFor(checker), draft.Version, Now.AddHours(-59)).Verdict!;
    }

    protected Verdict Returned(Verdict submitted, string comment = "Link the transcript.") =>
        Verdicts.Return(submitted.Id, ActorFor(Editor), comment, submitted.Version, Now.AddHours(-1)).Verdict!;

    protected Verdict Approved(Verdict submitted) =>
        Verdicts.Approve(submitted.Id, ActorFor(Editor), null, submitted.Version, Now.AddHours(-1)).Verdict!;

    protected void BlindDoubleCheck() =>
        Settings.Save(new DeskSettings(BlindDoubleCheck: true), ActorFor(Admin), Now.AddDays(-10));
}
