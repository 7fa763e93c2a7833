int[] nums = [3, 1, 4, 1, 5, 9, 2, 6];
foreach (i, ref n; nums)
{
    if (i % 2 == 0)
        n *= 10;
}
writeln(nums);   // [30, 1, 40, 1, 50, 9, 20, 6]
auto total = nums.sum;
