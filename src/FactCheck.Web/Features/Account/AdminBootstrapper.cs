using FactCheck.Core.Accounts;
using FactCheck.Storage;

namespace FactCheck.Web.Features.Account;

/// For unattended installs: creates the first admin from configuration (FactCheck:Admin:UserName and
/// FactCheck:Admin:Password) when there are no users yet. Otherwise the /setup page does it.
public sealed class AdminBootstrapper(UserStore users, IConfiguration configuration, TimeProvider clock, ILogger<AdminBootstrapper> logger)
{
    public void CreateFromConfigurationIfNoUsers()
    {
        var userName = configuration["FactCheck:Admin:UserName"];
        var password = configuration["FactCheck:Admin:Password"];
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || users.Any())
            return;
        var (_, error) = users.CreateFirstAdmin(userName, configuration["FactCheck:Admin:DisplayName"], password, clock.GetUtcNow().UtcDateTime);
        if (error is null)
            logger.LogInformation("Created the admin account {UserName} from configuration.", userName);
        else
            logger.LogError("Could not create the admin account from configuration: {Error}", error);
    }
}
