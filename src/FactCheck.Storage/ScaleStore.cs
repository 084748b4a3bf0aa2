using FactCheck.Core.Review;
using FactCheck.Storage.Documents;

namespace FactCheck.Storage;

/// Rating scales. The built-in ones are added on first use and can then be edited by admins.
public sealed class ScaleStore(FactCheckDb db)
{
    public IReadOnlyList<RatingScale> List()
    {
        EnsureDefaults();
        return db.Scales.FindAll().Select(s => s.ToModel()).OrderBy(s => s.Id == RatingScale.DefaultId ? 0 : 1).ThenBy(s => s.Name).ToArray();
    }

    /// The scale with <paramref name="id"/>, or the default scale when it no longer exists.
    public RatingScale Get(string? id)
    {
        EnsureDefaults();
        return (id is null ? null : db.Scales.FindById(id)?.ToModel()) ?? db.Scales.FindById(RatingScale.DefaultId)!.ToModel();
    }

    public void Save(RatingScale scale) => db.Scales.Upsert(scale.ToDocument());

    private void EnsureDefaults()
    {
        if (db.Scales.Exists(s => s.Id == RatingScale.DefaultId))
            return;
        foreach (var scale in RatingScales.BuiltIn)
        {
            if (!db.Scales.Exists(s => s.Id == scale.Id))
                db.Scales.Insert(scale.ToDocument());
        }
    }
}
