using System.Collections.Concurrent;

namespace FactCheck.Storage;

public sealed class InProcessChangeNotifier : IChangeNotifier
{
    private readonly ConcurrentDictionary<int, ImmutableHandlers> _handlers = new();

    public void Publish(ArticleChange change)
    {
        if (!_handlers.TryGetValue(change.ArticleId, out var handlers))
            return;
        foreach (var handler in handlers.Items)
        {
            // One subscriber's failure must not stop the others from hearing about the change.
            try
            {
                handler(change);
            }
            catch (Exception)
            {
            }
        }
    }

    public IDisposable Subscribe(int articleId, Action<ArticleChange> handler)
    {
        _handlers.AddOrUpdate(articleId, _ => new([handler]), (_, h) => new([.. h.Items, handler]));
        return new Subscription(() => _handlers.AddOrUpdate(articleId, _ => new([]), (_, h) => new(h.Items.Where(x => x != handler).ToArray())));
    }

    private sealed record ImmutableHandlers(Action<ArticleChange>[] Items);

    private sealed class Subscription(Action unsubscribe) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
                unsubscribe();
        }
    }
}
