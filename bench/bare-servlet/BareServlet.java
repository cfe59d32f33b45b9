import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The benchmark's baseline: the cheapest response the server can give over the same HTTPS
 * listener as the application (no Faces, no session, no database). Deployed as bare.war beside
 * the EAR by bench/work-queue/run.sh, served at /bare/bare.
 */
@WebServlet("/bare")
public class BareServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write("bare\n");
    }
}
