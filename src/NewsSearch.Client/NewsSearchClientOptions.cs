using System.ComponentModel.DataAnnotations;
using NewsSearch.Client.Resilience;

namespace NewsSearch.Client;

/// <summary>Where the service is, the API key for writes, and how hard to try. Bound from configuration (by convention <see cref="NewsSearchClientDefaults.SectionName"/>).</summary>
public sealed class NewsSearchClientOptions : IValidatableObject
{
    /// <summary>The service's address, e.g. <c>http://localhost:5000/</c>.</summary>
    [Required]
    public Uri? BaseAddress { get; set; }

    /// <summary>The key sent in <c>X-Api-Key</c> with writes; not needed for reads.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Time one request may take, body included; a slower attempt is abandoned and retried.</summary>
    [Range(typeof(TimeSpan), NewsSearchClientDefaults.MinTimeout, NewsSearchClientDefaults.MaxTimeout, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan AttemptTimeout { get; set; } = NewsSearchClientDefaults.AttemptTimeout;

    /// <summary>Time a whole call may take, all attempts and delays included.</summary>
    [Range(typeof(TimeSpan), NewsSearchClientDefaults.MinTimeout, NewsSearchClientDefaults.MaxTimeout, ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan TotalTimeout { get; set; } = NewsSearchClientDefaults.TotalTimeout;

    /// <summary>Retries of transient failures.</summary>
    public NewsSearchRetryOptions Retry { get; set; } = new();

    /// <summary>The circuit breaker.</summary>
    public NewsSearchCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (BaseAddress is { } address && (!address.IsAbsoluteUri || (address.Scheme != Uri.UriSchemeHttp && address.Scheme != Uri.UriSchemeHttps)))
        {
            yield return new ValidationResult($"The base address '{address}' must be an absolute http or https URL.", [nameof(BaseAddress)]);
        }

        if (TotalTimeout < AttemptTimeout)
        {
            yield return new ValidationResult(
                $"The total timeout ({TotalTimeout}) is shorter than one attempt's ({AttemptTimeout}).", [nameof(TotalTimeout), nameof(AttemptTimeout)]);
        }

        foreach (var result in Nested(nameof(Retry), Retry).Concat(Nested(nameof(CircuitBreaker), CircuitBreaker)))
        {
            yield return result;
        }
    }

    // DataAnnotations does not descend into properties: validate the nested settings here, naming them by path.
    private static IEnumerable<ValidationResult> Nested(string name, object? value)
    {
        if (value is null)
        {
            return [new ValidationResult($"The {name} settings are missing.", [name])];
        }

        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        return results.Select(r => new ValidationResult(r.ErrorMessage, [.. r.MemberNames.Select(m => $"{name}.{m}")]));
    }
}
