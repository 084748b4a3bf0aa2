using FactCheck.Core.Accounts;

namespace FactCheck.Core.Review;

/// <summary>Who may move a verdict from one status to another. Pure rules; the store enforces them.</summary>
public static class VerdictWorkflow
{
    /// <summary>Why <paramref name="actor"/> may not change the rating or rationale of <paramref name="verdict"/>, or null when they may.</summary>
    public static string? CannotEdit(Verdict verdict, string actor, Role role, DeskSettings settings)
    {
        if (verdict.Status is not (VerdictStatus.Draft or VerdictStatus.Returned))
            return $"This verdict is {Describe(verdict.Status)} and can no longer be edited.";
        if (settings.BlindDoubleCheck && !SameUser(verdict.Checker, actor) && !role.Includes(Role.Editor))
            return "In a blind double check only its checker can edit a verdict.";
        return null;
    }

    /// <summary>Why <paramref name="actor"/> may not submit <paramref name="verdict"/>, or null when they may.</summary>
    public static string? CannotSubmit(Verdict verdict, string actor, Role role, DeskSettings settings) =>
        verdict.Status is VerdictStatus.Draft or VerdictStatus.Returned
            ? CannotEdit(verdict, actor, role, settings)
            : $"Only a draft or returned verdict can be submitted; this one is {Describe(verdict.Status)}.";

    /// <summary>Why a user with <paramref name="role"/> may not return <paramref name="verdict"/> to its checker, or null when they may.</summary>
    public static string? CannotReturn(Verdict verdict, Role role, string? comment)
    {
        if (!role.Includes(Role.Editor))
            return "Only editors can return verdicts.";
        if (verdict.Status is not (VerdictStatus.Submitted or VerdictStatus.Approved))
            return $"Only a submitted or approved verdict can be returned; this one is {Describe(verdict.Status)}.";
        if (string.IsNullOrWhiteSpace(comment))
            return "Say what needs to change: a comment is required when returning a verdict.";
        return null;
    }

    /// <summary>Why <paramref name="actor"/> may not approve <paramref name="verdict"/>, or null when they may.</summary>
    public static string? CannotApprove(Verdict verdict, string actor, Role role, DeskSettings settings)
    {
        if (!role.Includes(Role.Editor))
            return "Only editors can approve verdicts.";
        if (verdict.Status != VerdictStatus.Submitted)
            return $"Only a submitted verdict can be approved; this one is {Describe(verdict.Status)}.";
        if (!settings.AllowSelfApproval && (SameUser(verdict.Checker, actor) || SameUser(verdict.LastEditedBy, actor)))
            return "You cannot approve a verdict you wrote; another editor must review it.";
        return null;
    }

    /// <summary>Why a user with <paramref name="role"/> may not publish <paramref name="verdict"/>, or null when they may.</summary>
    public static string? CannotPublish(Verdict verdict, Role role)
    {
        if (!role.Includes(Role.Editor))
            return "Only editors can publish verdicts.";
        return verdict.Status == VerdictStatus.Approved
            ? null
            : $"Only an approved verdict can be published; this one is {Describe(verdict.Status)}.";
    }

    /// <summary>The status as a word for messages.</summary>
    public static string Describe(VerdictStatus status) => status.ToString().ToLowerInvariant();

    private static bool SameUser(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
