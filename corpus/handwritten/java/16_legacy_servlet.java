package com.northwind.portal.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.SimpleDateFormat;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;
import javax.sql.DataSource;

import org.apache.log4j.Logger;

/**
 * Lists the open support tickets for the logged in customer.
 * Mapped in web.xml to /tickets
 */
public class TicketListServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(TicketListServlet.class);

    private DataSource dataSource;

    public void init() throws ServletException {
        try {
            InitialContext ctx = new InitialContext();
            dataSource = (DataSource) ctx.lookup("java:comp/env/jdbc/PortalDB");
        } catch (NamingException e) {
            throw new ServletException("Cannot find datasource", e);
        }
    }

    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Integer customerId = session == null ? null : (Integer) session.getAttribute("customerId");
        if (customerId == null) {
            response.sendRedirect(request.getContextPath() + "/login.jsp");
            return;
        }

        response.setContentType("text/html; charset=UTF-8");
        PrintWriter out = response.getWriter();
        SimpleDateFormat fmt = new SimpleDateFormat("dd.MM.yyyy HH:mm");

        Connection conn = null;
        PreparedStatement ps = null;
        ResultSet rs = null;
        try {
            conn = dataSource.getConnection();
            ps = conn.prepareStatement(
                "SELECT id, subject, status, created FROM ticket WHERE customer_id = ? AND status <> 'CLOSED' ORDER BY created DESC");
            ps.setInt(1, customerId.intValue());
            rs = ps.executeQuery();

            out.println("<html><head><title>My tickets</title></head><body>");
            out.println("<h2>Open tickets</h2>");
            out.println("<table border=\"1\" cellpadding=\"4\">");
            out.println("<tr><th>#</th><th>Subject</th><th>Status</th><th>Opened</th></tr>");
            int count = 0;
            while (rs.next()) {
                count++;
                out.print("<tr><td><a href=\"ticket?id=" + rs.getInt("id") + "\">" + rs.getInt("id") + "</a></td>");
                out.print("<td>" + escape(rs.getString("subject")) + "</td>");
                out.print("<td>" + rs.getString("status") + "</td>");
                out.println("<td>" + fmt.format(rs.getTimestamp("created")) + "</td></tr>");
            }
            out.println("</table>");
            if (count == 0) {
                out.println("<p>You have no open tickets.</p>");
            }
            out.println("</body></html>");
        } catch (SQLException e) {
            LOG.error("Could not load tickets for customer " + customerId, e);
            response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        } finally {
            try { if (rs != null) rs.close(); } catch (SQLException ignore) { }
            try { if (ps != null) ps.close(); } catch (SQLException ignore) { }
            try { if (conn != null) conn.close(); } catch (SQLException ignore) { }
        }
    }

    private static String escape(String s) {
        if (s == null) return "";
        StringBuffer sb = new StringBuffer(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<': sb.append("&lt;"); break;
                case '>': sb.append("&gt;"); break;
                case '&': sb.append("&amp;"); break;
                case '"': sb.append("&quot;"); break;
                default: sb.append(c);
            }
        }
        return sb.toString();
    }
}
