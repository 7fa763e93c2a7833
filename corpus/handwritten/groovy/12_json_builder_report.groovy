import groovy.json.JsonBuilder
import groovy.json.JsonSlurper
import java.time.LocalDate

def raw = '''
[
  {"name": "api",     "uptime": 99.97, "incidents": [{"date": "2024-02-03", "minutes": 12}]},
  {"name": "web",     "uptime": 100.0, "incidents": []},
  {"name": "worker",  "uptime": 99.4,  "incidents": [{"date": "2024-02-10", "minutes": 95},
                                                   {"date": "2024-02-21", "minutes": 40}]}
]
'''

def services = new JsonSlurper().parseText(raw)
def slo = 99.9

def builder = new JsonBuilder()
builder {
    generated LocalDate.now().toString()
    target slo
    summary {
        total services.size()
        breaching services.count { it.uptime < slo }
        downtimeMinutes services.sum { s -> s.incidents.sum(0) { it.minutes } }
    }
    details services.collect { s ->
        [
            service  : s.name,
            uptime   : s.uptime,
            ok       : s.uptime >= slo,
            worstDay : s.incidents.max { it.minutes }?.date
        ]
    }
}

println builder.toPrettyString()
