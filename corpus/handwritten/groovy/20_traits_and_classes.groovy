import groovy.transform.Canonical
import groovy.transform.CompileStatic
import groovy.transform.ToString

trait Greeter {
    abstract String getName()
    String greet() { "Hi, I'm ${name}" }
}

trait Swimmer {
    int laps = 0
    String swim() { laps++; "${this.class.simpleName} swims lap ${laps}" }
}

trait Flyer {
    String fly() { "${this.class.simpleName} takes off" }
}

@ToString(includeNames = true)
class Duck implements Greeter, Swimmer, Flyer {
    String name
}

@Canonical
class Point {
    int x
    int y

    Point plus(Point o) { new Point(x + o.x, y + o.y) }
    Point multiply(int k) { new Point(x * k, y * k) }
}

@CompileStatic
class Stats {
    static double mean(List<Number> xs) {
        xs ? (xs.sum() as double) / xs.size() : 0d
    }

    static double stddev(List<Number> xs) {
        double m = mean(xs)
        Math.sqrt(xs.collect { Number n -> Math.pow(n.doubleValue() - m, 2) }.sum() as double / xs.size())
    }
}

def d = new Duck(name: 'Donald')
println d.greet()
println d.swim()
println d.swim()
println d.fly()
println d

def p = new Point(1, 2) + new Point(3, 4) * 2
assert p == new Point(7, 10)
println p

def data = [2, 4, 4, 4, 5, 5, 7, 9]
println "mean=${Stats.mean(data)} sd=${Stats.stddev(data)}"

def (first, second) = 'key=value'.tokenize('=')
println "$first -> $second"

switch (p.x) {
    case 0..5: println 'small'; break
    case Integer: println 'some other int'; break
    default: println 'dunno'
}
