package nl.koers.training;

import java.util.List;
import nl.koers.platform.test.Http;
import nl.koers.platform.test.TestTokens;

/** Calls to a training-service under test, and the tokens of the people who make them. */
public final class Api {
    public static final String BOARD_A = "41001";
    public static final String BOARD_B = "41002";
    private final int port;

    public Api(int port) {
        this.port = port;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    public Http.Response get(String path, String token) {
        return Http.get(url(path), token);
    }

    public Http.Response post(String path, String token, String json) {
        return Http.post(url(path), token, json);
    }

    public Http.Response delete(String path, String token) {
        return Http.delete(url(path), token);
    }

    public byte[] bytes(String path, String token) {
        return Http.bytes(url(path), token);
    }

    public static String platformAdmin() {
        return TestTokens.issuer().token("provider-admin", null, List.of(), "platform-admin");
    }

    public static String boardAdmin(String board) {
        return TestTokens.issuer().token("admin-" + board, board, List.of(), "board-admin");
    }

    public static String staff(String subject, String board, String school) {
        return TestTokens.issuer().token(subject, board, List.of(school), "staff");
    }

    public static String coordinator(String subject, String board, String school) {
        return TestTokens.issuer().token(subject, board, List.of(school), "coordinator");
    }

    /** The value of a string field in a small JSON answer. */
    public static String field(String json, String name) {
        return json.replaceAll("(?s).*\"" + name + "\":\"([^\"]+)\".*", "$1");
    }

    public static final String COURSE = """
            {"kind":"COURSE","title":"Professionalisering Sociale Veiligheid","description":"Cursus voor teams",
             "provider":"ECM dialoog","targetRoles":["staff","coordinator"],"lerarenregister":true,"hours":6}""";

    public static String session(String date, int capacity) {
        return """
                {"date":"%s","start":"14:00","end":"17:00","city":"Utrecht","venue":"Jaarbeurs","capacity":%d}"""
                .formatted(date, capacity);
    }
}
