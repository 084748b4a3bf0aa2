using DiffPlex;
using DiffPlex.Chunkers;

namespace FactCheck.Web.Features.Revisions;

public enum WordChange { Same, Removed, Added }

/// A run of words that stayed, went or came between two versions of a span's text.
public sealed record WordDiffPiece(string Text, WordChange Change);

/// Word-level diff of a span's previous and current text, for showing what a revision changed.
public static class WordDiffer
{
    public static IReadOnlyList<WordDiffPiece> Diff(string before, string after)
    {
        var result = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, WordChunker.Instance);
        var pieces = new List<WordDiffPiece>();
        var old = 0;
        foreach (var block in result.DiffBlocks)
        {
            Add(pieces, result.PiecesOld, old, block.DeleteStartA, WordChange.Same);
            Add(pieces, result.PiecesOld, block.DeleteStartA, block.DeleteStartA + block.DeleteCountA, WordChange.Removed);
            Add(pieces, result.PiecesNew, block.InsertStartB, block.InsertStartB + block.InsertCountB, WordChange.Added);
            old = block.DeleteStartA + block.DeleteCountA;
        }
        Add(pieces, result.PiecesOld, old, result.PiecesOld.Count, WordChange.Same);
        return pieces;
    }

    // Neighbouring chunks of one kind are joined, so "the government" reads as one removed run, not three.
    private static void Add(List<WordDiffPiece> pieces, IReadOnlyList<string> chunks, int from, int to, WordChange change)
    {
        for (var i = from; i < to; i++)
        {
            if (pieces.Count > 0 && pieces[^1].Change == change)
                pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + chunks[i] };
            else
                pieces.Add(new WordDiffPiece(chunks[i], change));
        }
    }
}
