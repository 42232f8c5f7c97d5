using GraphQL.DataLoader;

namespace UtilityPortal.GraphApi.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the result, then fetches them all
/// with one call when the first result is awaited. GraphQL.NET awaits <see cref="IDataLoaderResult"/>s only after
/// every sibling node has been resolved, which is what turns N lookups into one. Request-scoped and not thread-safe:
/// queries run with the serial execution strategy because they share the request's DbContext.
/// </summary>
public sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> _fetch;
    private readonly TValue _missing;
    private readonly Dictionary<TKey, TValue> _loaded = [];
    private readonly HashSet<TKey> _pending = [];

    /// <param name="fetch">Loads the values of many keys at once; keys it leaves out get <paramref name="missing"/>.</param>
    /// <param name="missing">The value of a key the fetch did not return (null, or an empty list).</param>
    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    {
        _fetch = fetch;
        _missing = missing;
    }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        if (!_loaded.ContainsKey(key))
        {
            _pending.Add(key);
        }

        return new Pending(this, key);
    }

    /// <summary>Records a value already read by a use case, so that resolving it costs no query.</summary>
    public void Prime(TKey key, TValue value) => _loaded[key] = value;

    /// <summary>Forgets what was loaded, after a mutation changed it.</summary>
    public void Clear()
    {
        _loaded.Clear();
        _pending.Clear();
    }

    private async Task<TValue> GetAsync(TKey key, CancellationToken cancellationToken)
    {
        if (_loaded.TryGetValue(key, out var value))
        {
            return value;
        }

        _pending.Add(key);
        var keys = _pending.ToList();
        _pending.Clear();
        var found = await _fetch(keys, cancellationToken);
        foreach (var k in keys)
        {
            _loaded[k] = found.TryGetValue(k, out var v) ? v : _missing;
        }

        return _loaded[key];
    }

    private sealed class Pending(BatchLoader<TKey, TValue> loader, TKey key) : IDataLoaderResult<TValue>
    {
        public Task<TValue> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(key, cancellationToken);

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
