using System.CommandLine;
using FactCheck.Cli.Commands;

var root = new RootCommand("FactCheck command-line tools.");
root.Subcommands.Add(TrainCheckworthyCommand.Create());
return root.Parse(args).Invoke();
