/*
 * AddressBook.java
 *
 * Copyright (c) 2003 Hollis Software. All rights reserved.
 * $Id: AddressBook.java,v 1.14 2004/02/11 09:21:37 mkarlsson Exp $
 */
package se.hollis.contacts;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.StringTokenizer;
import java.util.Vector;

/**
 * Keeps a list of contacts and saves them to a tab separated file.
 *
 * @author Magnus Karlsson
 * @version $Revision: 1.14 $
 */
public class AddressBook {

    public static final String DEFAULT_FILE = "contacts.txt";

    private Vector contacts = new Vector();
    private Hashtable byEmail = new Hashtable();
    private boolean dirty = false;

    public AddressBook() {
    }

    public synchronized void addContact(Contact c) {
        if (c == null) {
            throw new IllegalArgumentException("contact is null");
        }
        if (c.getEmail() != null && byEmail.containsKey(c.getEmail().toLowerCase())) {
            removeContact(c.getEmail());
        }
        contacts.addElement(c);
        if (c.getEmail() != null) {
            byEmail.put(c.getEmail().toLowerCase(), c);
        }
        dirty = true;
    }

    public synchronized boolean removeContact(String email) {
        Contact c = (Contact) byEmail.remove(email.toLowerCase());
        if (c == null) {
            return false;
        }
        contacts.removeElement(c);
        dirty = true;
        return true;
    }

    public Contact findByEmail(String email) {
        return (Contact) byEmail.get(email.toLowerCase());
    }

    public Vector findByName(String fragment) {
        Vector result = new Vector();
        String f = fragment.toLowerCase();
        Enumeration e = contacts.elements();
        while (e.hasMoreElements()) {
            Contact c = (Contact) e.nextElement();
            if (c.getName().toLowerCase().indexOf(f) >= 0) {
                result.addElement(c);
            }
        }
        return result;
    }

    public Vector sortedByName() {
        Vector copy = new Vector(contacts);
        Collections.sort(copy, new Comparator() {
            public int compare(Object a, Object b) {
                return ((Contact) a).getName().compareToIgnoreCase(((Contact) b).getName());
            }
        });
        return copy;
    }

    public void load(String fileName) throws IOException {
        BufferedReader in = null;
        try {
            in = new BufferedReader(new FileReader(fileName));
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.trim().length() == 0 || line.startsWith("#")) {
                    continue;
                }
                StringTokenizer st = new StringTokenizer(line, "\t");
                if (st.countTokens() < 2) {
                    System.err.println("Skipping bad line " + lineNo + ": " + line);
                    continue;
                }
                String name = st.nextToken();
                String email = st.nextToken();
                String phone = st.hasMoreTokens() ? st.nextToken() : null;
                addContact(new Contact(name, email, phone));
            }
            dirty = false;
        } finally {
            if (in != null) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // nothing we can do
                }
            }
        }
    }

    public void save(String fileName) throws IOException {
        PrintWriter out = new PrintWriter(new FileWriter(fileName));
        try {
            out.println("# name\temail\tphone");
            for (Iterator it = sortedByName().iterator(); it.hasNext();) {
                Contact c = (Contact) it.next();
                out.print(c.getName());
                out.print('\t');
                out.print(c.getEmail());
                if (c.getPhone() != null) {
                    out.print('\t');
                    out.print(c.getPhone());
                }
                out.println();
            }
            dirty = false;
        } finally {
            out.close();
        }
    }

    public boolean isDirty() {
        return dirty;
    }

    public int size() {
        return contacts.size();
    }

    public static void main(String[] args) throws IOException {
        AddressBook book = new AddressBook();
        String file = args.length > 0 ? args[0] : DEFAULT_FILE;
        try {
            book.load(file);
        } catch (IOException e) {
            System.out.println("Starting with an empty address book");
        }
        book.addContact(new Contact("Anna Berg", "anna.berg@example.se", "+46 8 555 01 23"));
        Vector found = book.findByName("berg");
        for (int i = 0; i < found.size(); i++) {
            System.out.println(found.elementAt(i));
        }
        if (book.isDirty()) {
            book.save(file);
        }
    }
}

class Contact {
    private String name;
    private String email;
    private String phone;

    public Contact(String name, String email, String phone) {
        this.name = name;
        this.email = email;
        this.phone = phone;
    }

    public String getName() { return name; }
    public String getEmail() { return email; }
    public String getPhone() { return phone; }

    public String toString() {
        StringBuffer sb = new StringBuffer();
        sb.append(name).append(" <").append(email).append(">");
        if (phone != null) {
            sb.append(", tel. ").append(phone);
        }
        return sb.toString();
    }
}
