namespace WorkwaysPortal.Data.Synthetic;

/// <summary>
/// The random numbers of the synthetic data: SplitMix64, written out here so that the same seed gives
/// the same organizations on every platform and every .NET version (<see cref="Random"/>'s algorithm
/// is an implementation detail of the runtime). Not for anything secret.
/// </summary>
internal sealed class SyntheticRandom(int seed)
{
    private ulong _state = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL) ^ 0x5DEECE66DUL;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>An integer in [0, <paramref name="maxExclusive"/>).</summary>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        return (int)(NextUInt64() % (ulong)maxExclusive);
    }

    /// <summary>An integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>True with probability <paramref name="percent"/>/100.</summary>
    public bool Percent(int percent) => Next(100) < percent;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}

/// <summary>A choice among values with integer weights (integers keep the draws exact on every platform).</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly int[] _cumulative;

    public Weighted(IEnumerable<(T Value, int Weight)> choices)
    {
        var list = choices.Where(c => c.Weight > 0).ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("At least one choice needs a positive weight.", nameof(choices));
        }

        _values = [.. list.Select(c => c.Value)];
        _cumulative = new int[list.Count];
        var total = 0;
        for (var i = 0; i < list.Count; i++)
        {
            total += list[i].Weight;
            _cumulative[i] = total;
        }
    }

    public IReadOnlyList<T> Values => _values;

    public int Total => _cumulative[^1];

    public int WeightOf(T value)
    {
        var i = Array.IndexOf(_values, value);
        return i < 0 ? 0 : _cumulative[i] - (i == 0 ? 0 : _cumulative[i - 1]);
    }

    public T Pick(SyntheticRandom random)
    {
        var draw = random.Next(Total);
        var i = Array.BinarySearch(_cumulative, draw + 1);
        return _values[i >= 0 ? i : ~i];
    }

    /// <summary>
    /// Up to <paramref name="count"/> different values, the more weight the likelier, none of
    /// <paramref name="excluded"/>; fewer when there are not enough.
    /// </summary>
    public List<T> PickDistinct(SyntheticRandom random, int count, IReadOnlyCollection<T> excluded)
    {
        var remaining = _values.Where(v => !excluded.Contains(v)).Select(v => (v, WeightOf(v))).ToList();
        var picked = new List<T>(count);
        while (picked.Count < count && remaining.Count > 0)
        {
            var total = remaining.Sum(r => r.Item2);
            var draw = random.Next(total);
            var i = 0;
            while (draw >= remaining[i].Item2)
            {
                draw -= remaining[i].Item2;
                i++;
            }

            picked.Add(remaining[i].v);
            remaining.RemoveAt(i);
        }

        return picked;
    }
}
