CREATE OR REPLACE PACKAGE library_pkg AS
  PROCEDURE checkout(p_book_id IN NUMBER, p_member_id IN NUMBER);
  PROCEDURE return_book(p_loan_id IN NUMBER);
  FUNCTION overdue_fee(p_loan_id IN NUMBER) RETURN NUMBER;
END library_pkg;
/

CREATE OR REPLACE PACKAGE BODY library_pkg AS
  c_daily_fee CONSTANT NUMBER := 0.25;
  c_loan_days CONSTANT PLS_INTEGER := 21;

  PROCEDURE checkout(p_book_id IN NUMBER, p_member_id IN NUMBER) IS
    v_available NUMBER;
  BEGIN
    SELECT copies_available INTO v_available
      FROM books WHERE book_id = p_book_id FOR UPDATE;

    IF v_available < 1 THEN
      RAISE_APPLICATION_ERROR(-20001, 'No copies available');
    END IF;

    UPDATE books SET copies_available = copies_available - 1 WHERE book_id = p_book_id;
    INSERT INTO loans (loan_id, book_id, member_id, loaned_on, due_on)
    VALUES (loans_seq.NEXTVAL, p_book_id, p_member_id, SYSDATE, SYSDATE + c_loan_days);
  EXCEPTION
    WHEN NO_DATA_FOUND THEN
      RAISE_APPLICATION_ERROR(-20002, 'Unknown book ' || p_book_id);
  END checkout;

  PROCEDURE return_book(p_loan_id IN NUMBER) IS
    v_book_id loans.book_id%TYPE;
  BEGIN
    UPDATE loans SET returned_on = SYSDATE
     WHERE loan_id = p_loan_id AND returned_on IS NULL
     RETURNING book_id INTO v_book_id;
    UPDATE books SET copies_available = copies_available + 1 WHERE book_id = v_book_id;
  END return_book;

  FUNCTION overdue_fee(p_loan_id IN NUMBER) RETURN NUMBER IS
    v_due  DATE;
    v_back DATE;
  BEGIN
    SELECT due_on, NVL(returned_on, SYSDATE) INTO v_due, v_back FROM loans WHERE loan_id = p_loan_id;
    RETURN GREATEST(0, TRUNC(v_back) - TRUNC(v_due)) * c_daily_fee;
  END overdue_fee;
END library_pkg;
/
