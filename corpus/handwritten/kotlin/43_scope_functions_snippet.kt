val conn = DriverManager.getConnection(url).apply {
    autoCommit = false
    transactionIsolation = Connection.TRANSACTION_READ_COMMITTED
}
val count = conn.prepareStatement("select count(*) from users").use { st ->
    st.executeQuery().run { next(); getInt(1) }
}
val report = StringBuilder().also { it.append("users: ").append(count) }.toString()
with(System.out) { println(report); flush() }
