using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using NewsSearch.Core.Index.Lucene;

namespace NewsSearch.Core.Tests.Index.Lucene;

public sealed class WriterHolderTests
{
    // The kept writer is closed on a timer once idle, where a throw ends the process (seen once: a
    // test host crashed when a test's index folder was deleted under a kept writer). Dispose closes it
    // the same way, so it stands in for the timer here.
    [Fact]
    public void Close_DirectoryDeletedUnderAKeptWriter_DoesNotThrow()
    {
        var folder = System.IO.Directory.CreateTempSubdirectory("newssearch-writer-").FullName;
        using var directory = FSDirectory.Open(folder);
        var holder = new WriterHolder(() => new IndexWriter(directory, WriterHolder.Config(OpenMode.CREATE_OR_APPEND)));
        var writer = holder.Take();
        writer.AddDocument([new StringField("id", "a", Field.Store.YES)]);
        writer.Commit();
        holder.Committed();
        writer.AddDocument([new StringField("id", "b", Field.Store.YES)]); // not committed: closing must write

        System.IO.Directory.Delete(folder, recursive: true);

        var thrown = Record.Exception(holder.Dispose);
        Assert.Null(thrown);
    }
}
