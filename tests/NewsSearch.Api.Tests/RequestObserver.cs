using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace NewsSearch.Api.Tests;

/// <summary>Outermost middleware that tells when the service is done with a request to one path, and whether the client had gone.</summary>
public sealed class RequestObserver(string path) : IStartupFilter
{
    private readonly Lock _gate = new();
    private TaskCompletionSource<bool> _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the next request to the path has finished: true when it was aborted.</summary>
    public Task<bool> Next()
    {
        lock (_gate)
        {
            _next = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            return _next.Task;
        }
    }

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, inner) =>
        {
            try
            {
                await inner(context);
            }
            finally
            {
                if (context.Request.Path.StartsWithSegments(path))
                {
                    lock (_gate)
                    {
                        _next.TrySetResult(context.RequestAborted.IsCancellationRequested);
                    }
                }
            }
        });
        next(app);
    };
}
