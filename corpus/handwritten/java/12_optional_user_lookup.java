import java.util.Map;
import java.util.Optional;

public class OptionalExamples {

    record Address(String street, String city, String postcode) {}
    record User(String id, String name, Address address, String managerId) {}

    private final Map<String, User> users = Map.of(
            "u1", new User("u1", "Priya", new Address("1 Mill Lane", "Leeds", "LS1 4AP"), null),
            "u2", new User("u2", "Tomás", null, "u1"),
            "u3", new User("u3", "Ines", new Address("9 Quay St", "Cork", null), "u1"));

    Optional<User> find(String id) {
        return Optional.ofNullable(users.get(id));
    }

    String cityOf(String id) {
        return find(id)
                .map(User::address)
                .map(Address::city)
                .orElse("unknown city");
    }

    Optional<User> managerOf(String id) {
        return find(id).map(User::managerId).flatMap(this::find);
    }

    String postcodeOrThrow(String id) {
        return find(id)
                .map(User::address)
                .map(Address::postcode)
                .filter(pc -> !pc.isBlank())
                .orElseThrow(() -> new IllegalStateException("no postcode for " + id));
    }

    public static void main(String[] args) {
        var ex = new OptionalExamples();
        System.out.println(ex.cityOf("u1"));
        System.out.println(ex.cityOf("u2"));
        System.out.println(ex.cityOf("nobody"));
        ex.managerOf("u3").ifPresentOrElse(
                m -> System.out.println("u3 reports to " + m.name()),
                () -> System.out.println("u3 has no manager"));
        System.out.println(ex.managerOf("u1").isEmpty());
        try {
            ex.postcodeOrThrow("u3");
        } catch (IllegalStateException e) {
            System.out.println(e.getMessage());
        }
        Optional.of("value").stream().map(String::length).forEach(System.out::println);
    }
}
