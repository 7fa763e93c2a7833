package com.example.library.service;

import com.example.library.domain.Book;
import com.example.library.domain.Loan;
import com.example.library.domain.Member;
import com.example.library.repo.BookRepository;
import com.example.library.repo.LoanRepository;
import com.example.library.repo.MemberRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class LoanService {

    private static final Logger log = LoggerFactory.getLogger(LoanService.class);

    private final BookRepository books;
    private final MemberRepository members;
    private final LoanRepository loans;
    private final Clock clock;
    private final int maxLoans;
    private final int loanDays;

    public LoanService(BookRepository books, MemberRepository members, LoanRepository loans, Clock clock,
                       @Value("${library.max-loans:5}") int maxLoans,
                       @Value("${library.loan-days:21}") int loanDays) {
        this.books = books;
        this.members = members;
        this.loans = loans;
        this.clock = clock;
        this.maxLoans = maxLoans;
        this.loanDays = loanDays;
    }

    @Transactional
    public Loan borrow(long memberId, String isbn) {
        Member member = members.findById(memberId)
                .orElseThrow(() -> new NotFoundException("member " + memberId));
        Book book = books.findFirstAvailableByIsbn(isbn)
                .orElseThrow(() -> new UnavailableException(isbn));

        long active = loans.countByMemberAndReturnedIsNull(member);
        if (active >= maxLoans) {
            throw new LimitReachedException(member.getName(), maxLoans);
        }
        if (member.hasOverdueFees()) {
            throw new LimitReachedException(member.getName(), 0);
        }

        LocalDate today = LocalDate.now(clock);
        Loan loan = new Loan(member, book, today, today.plusDays(loanDays));
        book.setAvailable(false);
        log.info("member {} borrowed {} until {}", memberId, isbn, loan.getDue());
        return loans.save(loan);
    }

    @Transactional
    public void giveBack(long loanId) {
        Loan loan = loans.findById(loanId).orElseThrow(() -> new NotFoundException("loan " + loanId));
        LocalDate today = LocalDate.now(clock);
        loan.setReturned(today);
        loan.getBook().setAvailable(true);
        if (today.isAfter(loan.getDue())) {
            long daysLate = loan.getDue().until(today).getDays();
            loan.getMember().addFee(daysLate * 25);
        }
    }

    @Transactional(readOnly = true)
    public List<Loan> overdue() {
        return loans.findByReturnedIsNullAndDueBefore(LocalDate.now(clock));
    }
}
