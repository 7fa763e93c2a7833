package com.example.library.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.example.library.domain.Book;
import com.example.library.domain.Loan;
import com.example.library.domain.Member;
import com.example.library.repo.BookRepository;
import com.example.library.repo.LoanRepository;
import com.example.library.repo.MemberRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.Mock;
import org.mockito.junit.jupiter.MockitoExtension;

@ExtendWith(MockitoExtension.class)
class LoanServiceTest {

    @Mock BookRepository books;
    @Mock MemberRepository members;
    @Mock LoanRepository loans;

    LoanService service;
    final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);

    @BeforeEach
    void init() {
        service = new LoanService(books, members, loans, clock, 2, 14);
    }

    @Test
    void borrowSetsDueDateAndMarksBookUnavailable() {
        Member ann = new Member(1L, "Ann");
        Book book = new Book("978-0-00-000000-1", true);
        when(members.findById(1L)).thenReturn(Optional.of(ann));
        when(books.findFirstAvailableByIsbn(book.getIsbn())).thenReturn(Optional.of(book));
        when(loans.countByMemberAndReturnedIsNull(ann)).thenReturn(0L);
        when(loans.save(any(Loan.class))).thenAnswer(inv -> inv.getArgument(0));

        Loan loan = service.borrow(1L, book.getIsbn());

        assertEquals(LocalDate.of(2026, 3, 15), loan.getDue());
        assertEquals(false, book.isAvailable());
    }

    @Test
    void refusesWhenLimitReached() {
        Member bob = new Member(2L, "Bob");
        when(members.findById(2L)).thenReturn(Optional.of(bob));
        when(books.findFirstAvailableByIsbn("x")).thenReturn(Optional.of(new Book("x", true)));
        when(loans.countByMemberAndReturnedIsNull(bob)).thenReturn(2L);

        assertThrows(LimitReachedException.class, () -> service.borrow(2L, "x"));
        verify(loans, never()).save(any());
    }
}
