using FactCheck.Core.Articles;
using FactCheck.Core.Quotes;
using FactCheck.Storage;
using FactCheck.Web.Features.Account;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;
using MudBlazor;

namespace FactCheck.Web.Features.Workbench;

/// The workbench: the article with its claims and quotes, the panel of the open one, and the list.
/// Keyboard shortcuts come from workbench.js; changes by other people arrive through the change notifier.
public sealed partial class ArticleWorkbenchPage
{
    private SpanPanel? _panel;
    private DotNetObjectReference<ArticleWorkbenchPage>? _self;
    private IDisposable? _subscription;
    private int? _scrollTo;

    [Parameter]
    public int Id { get; set; }

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject] private ArticleStore Articles { get; set; } = default!;
    [Inject] private SpanStore Spans { get; set; } = default!;
    [Inject] private VerdictStore Verdicts { get; set; } = default!;
    [Inject] private EvidenceStore Evidence { get; set; } = default!;
    [Inject] private ScaleStore Scales { get; set; } = default!;
    [Inject] private FactCheckDb Db { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private WorkbenchState? State { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var user = CurrentUser.From((await AuthenticationState).User)!;
        State = new WorkbenchState(Id, user, Articles, Spans, Verdicts, Evidence, Scales, Clock);
        State.Load();
        _subscription?.Dispose();
        _subscription = Db.Changes.Subscribe(Id, OnChange);
    }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (firstRender)
        {
            _self = DotNetObjectReference.Create(this);
            await JS.InvokeVoidAsync("factcheck.attachKeys", _self);
        }
        if (_scrollTo is { } id && State is not null)
        {
            _scrollTo = null;
            var index = State.IndexOfVisible(id);
            if (index >= 0)
                await JS.InvokeVoidAsync("factcheck.scrollListTo", index, SpanList.RowHeight);
            await JS.InvokeVoidAsync("factcheck.selectSpan", id, true);
        }
    }

    [JSInvokable]
    public async Task OnShortcut(string action, int? start, int? end)
    {
        if (State is null)
            return;
        switch (action)
        {
            case "next" or "previous":
                ScrollTo(State.Move(action == "next" ? 1 : -1));
                break;
            case "open" when State.Selected is not null:
                await JS.InvokeVoidAsync("factcheck.focusPanel");
                break;
            case "accept" when State.Selected is { } span:
                await OnSpanChangedAsync(State.Accept(span));
                break;
            case "reject" when State.Selected is { } span:
                await OnSpanChangedAsync(State.Reject(span, DismissReasons.NotCheckWorthy));
                break;
            case "claim":
                await MarkAsync(SpanKind.Claim, start, end);
                break;
            case "quote":
                await MarkAsync(SpanKind.Quote, start, end);
                break;
            case "save":
                if (_panel is not null)
                    await _panel.SaveDraftAsync();
                break;
            case "escape":
                State.Select(null);
                break;
            case "help":
                await ShowShortcutsAsync();
                break;
            default:
                if (action.StartsWith("rate-", StringComparison.Ordinal) && int.TryParse(action[5..], out var number))
                    _panel?.PickRating(number);
                break;
        }
        StateHasChanged();
    }

    private Task SelectAsync(int? spanId)
    {
        ScrollTo(State?.Select(spanId));
        return Task.CompletedTask;
    }

    private void SetFilter(SpanFilter filter) => State?.SetFilter(filter);

    private static string FilterLabel(SpanFilter filter) => filter switch
    {
        SpanFilter.Open => "Open (not dismissed)",
        SpanFilter.Claims => "Claims",
        SpanFilter.Quotes => "Quotes",
        SpanFilter.Suggested => "Suggestions to review",
        SpanFilter.Dismissed => "Dismissed",
        _ => "Everything",
    };

    private void ScrollTo(ArticleSpan? span) => _scrollTo = span?.Id;

    private async Task MarkSelectionAsync(SpanKind kind)
    {
        var selection = await JS.InvokeAsync<SelectionOffsets?>("factcheck.selectionOffsets");
        await MarkAsync(kind, selection?.Start, selection?.End);
    }

    private async Task MarkAsync(SpanKind kind, int? start, int? end)
    {
        if (State is null || start is null || end is null || end <= start)
        {
            Snackbar.Add($"Select the words of the {kind.ToString().ToLowerInvariant()} in the article first.", Severity.Info);
            return;
        }
        Speaker? speaker = null;
        if (kind == SpanKind.Quote)
        {
            var parameters = new DialogParameters<SpeakerDialog> { { d => d.Known, State.KnownSpeakers() } };
            var dialog = await Dialogs.ShowAsync<SpeakerDialog>("Who said it?", parameters);
            if (await dialog.Result is not { Canceled: false } result)
                return;
            speaker = result.Data as Speaker;
        }
        await OnSpanChangedAsync(State.Mark(kind, start.Value, end.Value, speaker));
    }

    private Task OnSpanChangedAsync(SpanResult result)
    {
        if (!result.Succeeded)
            Snackbar.Add(result.Error!, Severity.Warning);
        else
            ScrollTo(result.Span);
        StateHasChanged();
        return Task.CompletedTask;
    }

    private async Task ShowShortcutsAsync() =>
        await Dialogs.ShowAsync<ShortcutsDialog>("Keyboard shortcuts", new DialogOptions { CloseOnEscapeKey = true, MaxWidth = MaxWidth.Small });

    // Called on the thread that committed the change, possibly another user's circuit.
    private void OnChange(ArticleChange change) => _ = InvokeAsync(() =>
    {
        if (State is null)
            return;
        State.Reload(change.Kind);
        if (!string.Equals(change.Actor, State.User.UserName, StringComparison.OrdinalIgnoreCase))
            Snackbar.Add($"{change.Actor} updated {Describe(change.Kind)}.", Severity.Info, o => o.VisibleStateDuration = 2500);
        StateHasChanged();
    });

    private static string Describe(ArticleChangeKind kind) => kind switch
    {
        ArticleChangeKind.Spans => "the claims and quotes",
        ArticleChangeKind.Verdicts => "a verdict",
        ArticleChangeKind.Evidence => "the evidence",
        _ => "the article",
    };

    public async ValueTask DisposeAsync()
    {
        _subscription?.Dispose();
        // Keys were attached only once the page went interactive (never while prerendering).
        if (_self is null)
            return;
        try
        {
            await JS.InvokeVoidAsync("factcheck.detachKeys");
        }
        catch (JSDisconnectedException)
        {
            // The browser is gone; there is nothing to detach.
        }
        _self.Dispose();
    }
}
