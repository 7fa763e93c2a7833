describe('Login', () => {
  beforeEach(() => {
    cy.intercept('POST', '/api/session').as('login')
    cy.visit('/login')
  })

  it('shows an error for bad credentials', () => {
    cy.get('[data-cy=email]').type('nobody@example.com')
    cy.get('[data-cy=password]').type('wrong-password{enter}')
    cy.wait('@login').its('response.statusCode').should('eq', 401)
    cy.contains('[role=alert]', 'Invalid email or password').should('be.visible')
    cy.url().should('include', '/login')
  })

  it('logs in and lands on the dashboard', () => {
    cy.fixture('users/alice.json').then((user) => {
      cy.get('[data-cy=email]').type(user.email)
      cy.get('[data-cy=password]').type(user.password, { log: false })
      cy.get('button[type=submit]').click()
    })
    cy.wait('@login')
    cy.location('pathname').should('eq', '/dashboard')
    cy.getCookie('sid').should('exist')
    cy.get('header').should('contain.text', 'Alice')
  })

  it('remembers the redirect target', () => {
    cy.visit('/settings/billing')
    cy.location('search').should('contain', 'next=%2Fsettings%2Fbilling')
    cy.login('alice') // custom command from support/commands.js
    cy.location('pathname').should('eq', '/settings/billing')
  })
})
