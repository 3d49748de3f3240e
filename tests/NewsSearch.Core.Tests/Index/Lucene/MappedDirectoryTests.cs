using Lucene.Net.Store;
using NewsSearch.Core.Index.Lucene;

namespace NewsSearch.Core.Tests.Index.Lucene;

/// <summary>
/// The memory-mapped directory reads back exactly what Lucene's own output wrote, in every encoding
/// Lucene uses, from the original, its clones and compound-file slices, and refuses to read past the end.
/// </summary>
public sealed class MappedDirectoryTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), "mapped-" + Guid.NewGuid().ToString("N"));
    private readonly MappedDirectory _directory;

    public MappedDirectoryTests()
    {
        System.IO.Directory.CreateDirectory(_path);
        _directory = new MappedDirectory(_path);
    }

    public void Dispose()
    {
        _directory.Dispose();
        System.IO.Directory.Delete(_path, recursive: true);
    }

    [Fact]
    public void OpenInput_ValuesWrittenByLucene_ReadBackExactly()
    {
        Write("values", output =>
        {
            output.WriteByte(0xAB);
            output.WriteInt16(-2);
            output.WriteInt32(int.MinValue + 7);
            output.WriteInt64(long.MaxValue - 3);
            foreach (var v in new[] { 0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue })
            {
                output.WriteVInt32(v);
            }

            foreach (var v in new[] { 0L, 127L, 128L, 1L << 35, long.MaxValue })
            {
                output.WriteVInt64(v);
            }

            output.WriteString("苏州工业园区 SIP");
            output.WriteBytes([1, 2, 3, 4, 5], 5);
        });

        using var input = _directory.OpenInput("values", IOContext.DEFAULT);
        Assert.Equal(0xAB, input.ReadByte());
        Assert.Equal(-2, input.ReadInt16());
        Assert.Equal(int.MinValue + 7, input.ReadInt32());
        Assert.Equal(long.MaxValue - 3, input.ReadInt64());
        Assert.Equal([0, 1, 127, 128, 16_383, 16_384, int.MaxValue, -1, int.MinValue], Enumerable.Range(0, 9).Select(_ => input.ReadVInt32()));
        Assert.Equal([0L, 127L, 128L, 1L << 35, long.MaxValue], Enumerable.Range(0, 5).Select(_ => input.ReadVInt64()));
        Assert.Equal("苏州工业园区 SIP", input.ReadString());
        var bytes = new byte[5];
        input.ReadBytes(bytes, 0, 5);
        Assert.Equal([1, 2, 3, 4, 5], bytes);
        Assert.Equal(input.Length, input.Position);
    }

    [Fact]
    public void OpenInput_ForAMerge_ReadsTheSameBytesWithoutMappingTheFile()
    {
        Write("segment", output =>
        {
            for (var i = 0; i < 10_000; i++)
            {
                output.WriteInt32(i * 7);
            }
        });
        var merge = new IOContext(new MergeInfo(1, 40_000, isExternal: false, mergeMaxNumSegments: -1));

        using var input = _directory.OpenInput("segment", merge);
        using var slicer = _directory.CreateSlicer("segment", merge);
        using var slice = slicer.OpenSlice("part", 400, 8);

        // A merge reads every byte of its segments once: mapped, all of them would count in the process's resident memory.
        Assert.IsNotType<MappedIndexInput>(input);
        Assert.IsNotType<MappedIndexInput>(slice);
        Assert.Equal(Enumerable.Range(0, 10_000).Select(i => i * 7), Enumerable.Range(0, 10_000).Select(_ => input.ReadInt32()));
        Assert.Equal([700, 707], [slice.ReadInt32(), slice.ReadInt32()]);
        using var search = _directory.OpenInput("segment", IOContext.READ);
        Assert.IsType<MappedIndexInput>(search);
    }

    [Fact]
    public void Clone_ReadsIndependentlyOfTheOriginal()
    {
        Write("seq", output =>
        {
            for (var i = 0; i < 1000; i++)
            {
                output.WriteInt32(i);
            }
        });

        using var input = _directory.OpenInput("seq", IOContext.DEFAULT);
        input.Seek(400);
        var clone = (IndexInput)input.Clone();
        Assert.Equal(100, clone.ReadInt32());
        clone.Seek(0);
        Assert.Equal(0, clone.ReadInt32());
        Assert.Equal(100, input.ReadInt32()); // the original did not move with the clone
        Assert.Equal(404, input.Position);
    }

    [Fact]
    public void CreateSlicer_SliceReadsItsOwnRangeAndEndsThere()
    {
        Write("compound", output =>
        {
            for (var i = 0; i < 100; i++)
            {
                output.WriteByte((byte)i);
            }
        });

        using var slicer = _directory.CreateSlicer("compound", IOContext.DEFAULT);
        using var slice = slicer.OpenSlice("part", 10, 5);
        Assert.Equal(5, slice.Length);
        Assert.Equal([10, 11, 12, 13, 14], Enumerable.Range(0, 5).Select(_ => (int)slice.ReadByte()));
        Assert.Throws<EndOfStreamException>(() => slice.ReadByte());
        slice.Seek(2);
        Assert.Equal(12, slice.ReadByte());
    }

    [Fact]
    public void ReadPastTheEnd_ThrowsEndOfStream()
    {
        Write("short", output => output.WriteInt16(7));
        using var input = _directory.OpenInput("short", IOContext.DEFAULT);
        Assert.Throws<EndOfStreamException>(() => input.ReadInt32());
        Assert.Equal(0, input.Position); // nothing consumed by the failed read
        Assert.Throws<EndOfStreamException>(() => input.Seek(3));
        Assert.Equal(7, input.ReadInt16());
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void OpenInput_EmptyFile_HasLengthZero()
    {
        Write("empty", _ => { });
        using var input = _directory.OpenInput("empty", IOContext.DEFAULT);
        Assert.Equal(0, input.Length);
        Assert.Throws<EndOfStreamException>(() => input.ReadByte());
    }

    [Fact]
    public void Clone_AfterTheOriginalIsClosed_IsRefusedInsteadOfReadingUnmappedMemory()
    {
        Write("closed", output => output.WriteInt64(42));
        var input = _directory.OpenInput("closed", IOContext.DEFAULT);
        var clone = (IndexInput)input.Clone();
        input.Dispose();
        Assert.Throws<ObjectDisposedException>(() => clone.Seek(0));
        Assert.Throws<ObjectDisposedException>(() => clone.Clone());
    }

    private void Write(string name, Action<IndexOutput> write)
    {
        using var output = _directory.CreateOutput(name, IOContext.DEFAULT);
        write(output);
    }
}
