@Grab('org.postgresql:postgresql:42.7.3')
@GrabConfig(systemClassLoader = true)
import groovy.sql.Sql
import java.time.LocalDate

def opts = new CliBuilder(usage: 'export.groovy -d <date> [-o out.csv]').with {
    d longOpt: 'date', args: 1, 'day to export (yyyy-MM-dd)'
    o longOpt: 'out', args: 1, 'output file'
    h longOpt: 'help', 'show help'
    parse(args)
}
if (!opts || opts.h) { return }

def day = opts.d ? LocalDate.parse(opts.d) : LocalDate.now().minusDays(1)
def outFile = new File(opts.o ?: "orders-${day}.csv")

def db = Sql.newInstance(
    System.getenv('DB_URL') ?: 'jdbc:postgresql://localhost/shop',
    System.getenv('DB_USER') ?: 'report',
    System.getenv('DB_PASS') ?: '',
    'org.postgresql.Driver')

try {
    def count = 0
    outFile.withWriter('UTF-8') { w ->
        w << 'order_id,customer,email,total,currency\n'
        db.eachRow('''
            SELECT o.id, c.name, c.email, o.total, o.currency
              FROM orders o JOIN customers c ON c.id = o.customer_id
             WHERE o.created_at >= ?::date AND o.created_at < ?::date + 1
             ORDER BY o.id''', [day.toString(), day.toString()]) { row ->
            def name = row.name.contains(',') ? "\"${row.name}\"" : row.name
            w << "${row.id},${name},${row.email},${row.total},${row.currency}\n"
            count++
        }
    }
    def total = db.firstRow('SELECT coalesce(sum(total),0) AS s FROM orders WHERE created_at::date = ?::date', [day.toString()]).s
    println "Exported $count orders (sum $total) to ${outFile.absolutePath}"
} finally {
    db.close()
}
