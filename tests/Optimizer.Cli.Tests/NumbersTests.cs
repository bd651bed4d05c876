using Optimizer.Cli.Io;

namespace Optimizer.Cli.Tests;

/// <summary>Report and table number formats: no "-0" for a change that rounds to zero.</summary>
public sealed class NumbersTests
{
    [Theory]
    [InlineData(-1e-7, "0")]
    [InlineData(-0.4, "0")]
    [InlineData(0.0, "0")]
    [InlineData(-0.6, "-1")]
    [InlineData(1_234_567.4, "1,234,567")]
    public void Amount_RoundsToWholeUnitsWithoutNegativeZero(double value, string expected) => Assert.Equal(expected, Numbers.Amount(value));

    [Theory]
    [InlineData(-1e-9, "0")]
    [InlineData(0.3, "0")]
    [InlineData(0.6, "+1")]
    [InlineData(-1_234.2, "-1,234")]
    public void Signed_SignOnlyOnNonZeroAmounts(double value, string expected) => Assert.Equal(expected, Numbers.Signed(value));
}
