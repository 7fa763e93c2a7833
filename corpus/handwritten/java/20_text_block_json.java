import java.util.List;

public class Templates {
    public static void main(String[] args) {
        String user = "mei";
        List<String> roles = List.of("admin", "billing");
        String json = """
                {
                  "user": "%s",
                  "roles": [%s],
                  "active": true
                }
                """.formatted(user, String.join(", ", roles.stream().map(r -> "\"" + r + "\"").toList()));
        System.out.print(json);
    }
}
