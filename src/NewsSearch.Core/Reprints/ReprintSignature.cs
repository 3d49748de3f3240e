using System.Buffers.Binary;

namespace NewsSearch.Core.Reprints;

/// <summary>
/// The MinHash signature of an article body: for each of <see cref="ReprintDefaults.HashCount"/>
/// hash functions, the smallest hash of any of the body's character shingles. The share of equal
/// positions in two signatures estimates the Jaccard similarity of their shingle sets.
/// </summary>
public sealed class ReprintSignature
{
    private readonly uint[] _minima;

    /// <summary>Wraps <see cref="ReprintDefaults.HashCount"/> minima.</summary>
    public ReprintSignature(uint[] minima)
    {
        if (minima.Length != ReprintDefaults.HashCount)
        {
            throw new ArgumentException($"A signature has {ReprintDefaults.HashCount} values.", nameof(minima));
        }

        _minima = minima;
    }

    /// <summary>The minima, one per hash function.</summary>
    public ReadOnlySpan<uint> Minima => _minima;

    /// <summary>Estimated Jaccard similarity of the two bodies' shingle sets, 0 to 1.</summary>
    public double Similarity(ReprintSignature other)
    {
        var equal = 0;
        for (var i = 0; i < _minima.Length; i++)
        {
            if (_minima[i] == other._minima[i])
            {
                equal++;
            }
        }

        return (double)equal / _minima.Length;
    }

    /// <summary>
    /// One key per LSH band (<see cref="ReprintDefaults.Bands"/> bands of <see cref="ReprintDefaults.RowsPerBand"/>
    /// minima): two similar bodies very likely share at least one key, two dissimilar ones rarely do.
    /// </summary>
    public long[] BandKeys() => BandKeys(0);

    /// <summary>
    /// The band keys within one publication period (see <see cref="ReprintPeriod"/>): the same bands
    /// in another period give other keys, so a look-up only meets articles of the periods it asks for.
    /// </summary>
    public long[] BandKeys(int period)
    {
        var keys = new long[ReprintDefaults.Bands];
        for (var band = 0; band < keys.Length; band++)
        {
            var h = ShingleHash.Mix(((ulong)band * 0x9E3779B97F4A7C15UL) ^ (uint)period);
            for (var row = 0; row < ReprintDefaults.RowsPerBand; row++)
            {
                h = ShingleHash.Mix(h ^ _minima[band * ReprintDefaults.RowsPerBand + row]);
            }

            keys[band] = (long)h;
        }

        return keys;
    }

    /// <summary>The signature as stored: the minima, little-endian.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[_minima.Length * sizeof(uint)];
        for (var i = 0; i < _minima.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * sizeof(uint)), _minima[i]);
        }

        return bytes;
    }

    /// <summary>Reads a stored signature; null when the bytes are not one.</summary>
    public static ReprintSignature? FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != ReprintDefaults.HashCount * sizeof(uint))
        {
            return null;
        }

        var minima = new uint[ReprintDefaults.HashCount];
        for (var i = 0; i < minima.Length; i++)
        {
            minima[i] = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(i * sizeof(uint))..]);
        }

        return new ReprintSignature(minima);
    }
}
