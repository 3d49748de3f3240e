namespace NewsSearch.Core.Index;

/// <summary>
/// A write failed because the disk holding the index is full. The batch was rolled back: the index
/// still answers from its last commit, and the same writes succeed once there is room.
/// </summary>
public sealed class IndexStorageFullException : IOException
{
    /// <summary>Creates the exception for the index at <paramref name="location"/>, with its cause.</summary>
    public IndexStorageFullException(string location, Exception inner)
        : base($"The disk holding the index at {location} is full; the index keeps its last commit. Free some space and write again.", inner)
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public IndexStorageFullException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public IndexStorageFullException()
    {
    }

    /// <summary>Whether <paramref name="exception"/> (or what it wraps) is the operating system's "no space left on device".</summary>
    public static bool IsDiskFull(Exception? exception) => exception switch
    {
        null => false,
        IndexStorageFullException => true,
        // .NET on Unix carries errno as the HResult (ENOSPC = 28); Windows: ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL.
        IOException io when io.HResult is 28 or unchecked((int)0x80070027) or unchecked((int)0x80070070) => true,
        _ => IsDiskFull(exception.InnerException),
    };
}
