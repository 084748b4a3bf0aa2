namespace FactCheck.Storage;

/// Tells everyone looking at an article that it changed. In-process today; a backplane (Redis, SignalR
/// scale-out) can replace it when the app runs on several servers.
public interface IChangeNotifier
{
    void Publish(ArticleChange change);

    /// Calls <paramref name="handler"/> for every change to <paramref name="articleId"/> until disposed.
    IDisposable Subscribe(int articleId, Action<ArticleChange> handler);
}
