using CsvHelper;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>
/// An uploaded CSV file read as records: the header, then each data row by its number (the header is row 1; blank
/// lines are not counted). A row whose quoting is broken, or whose cell count differs from the header's, is returned
/// with that problem instead of its cells.
/// </summary>
public sealed class VendorCsvFile
{
    private readonly string _text;

    private VendorCsvFile(string text, IReadOnlyList<string> header)
    {
        _text = text;
        Header = header;
    }

    public IReadOnlyList<string> Header { get; }

    /// <summary>The file, if it has a header row.</summary>
    public static VendorCsvFile? Open(string text)
    {
        using var reader = Create(text, _ => { });
        reader.ReadHeader();
        return reader.Headers.Count == 0 ? null : new VendorCsvFile(text, [.. reader.Headers.Select(name => name.Trim())]);
    }

    public IEnumerable<VendorCsvRow> Rows()
    {
        var malformed = new HashSet<long>();
        using var reader = Create(_text, record => malformed.Add(record.RecordNumber));
        reader.ReadHeader();
        while (reader.Read())
        {
            var number = reader.RowNumber + 1;
            var rowNumber = checked((int)number);
            if (malformed.Contains(number))
            {
                yield return new VendorCsvRow(rowNumber, null, "The row's quoting is broken: a quote must open and close a whole cell.");
            }
            else if (reader.FieldCount != Header.Count)
            {
                yield return new VendorCsvRow(rowNumber, null, $"The row has {reader.FieldCount} cells; the header has {Header.Count}.");
            }
            else
            {
                yield return new VendorCsvRow(rowNumber, Header.Select((column, index) => (column, index))
                    .ToDictionary(cell => cell.column, cell => reader.GetString(cell.index) ?? ""), null);
            }
        }
    }

    private static CsvReader Create(string text, Action<CsvMalformedRecord> onMalformed) =>
        CsvReader.Create(new StringReader(text), new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            MalformedData = CsvMalformedDataHandling.Recover,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            OnMalformedRecord = onMalformed,
        }, leaveOpen: false);
}
