class ReportScreen : Fragment(R.layout.report_screen) {
    private lateinit var chart: BarChartView
    private val formatter by lazy { NumberFormat.getCurrencyInstance(Locale.GERMANY) }

    override fun onViewCreated(view: View, savedInstanceState: Bundle?) {
        chart = view.findViewById(R.id.chart)
        chart.labelFormatter = { formatter.format(it) }
    }
}
