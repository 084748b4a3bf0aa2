namespace FactCheck.Core.Claims.Training;

/// <summary>What <see cref="CheckworthyTrainer.Train"/> produced.</summary>
/// <param name="Model">The model trained on all examples, as it reads back from its file.</param>
/// <param name="TrainingSet">The model's figures on its own training examples (optimistic).</param>
/// <param name="CrossValidated">Figures from out-of-fold scores, or null when cross-validation was off.</param>
/// <param name="OutOfFoldScores">Each example's score from the model that did not see it, by id (empty without cross-validation).</param>
/// <param name="Scores">Each example's score from the final model, by id.</param>
public sealed record CheckworthyTrainingResult(
    CheckworthyModel Model,
    CheckworthyEvaluation TrainingSet,
    CheckworthyEvaluation? CrossValidated,
    IReadOnlyDictionary<string, double> OutOfFoldScores,
    IReadOnlyDictionary<string, double> Scores);
