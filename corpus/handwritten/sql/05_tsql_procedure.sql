SET ANSI_NULLS ON;
GO
SET QUOTED_IDENTIFIER ON;
GO

CREATE OR ALTER PROCEDURE dbo.usp_TransferFunds
    @FromAccountId INT,
    @ToAccountId   INT,
    @Amount        DECIMAL(18, 2),
    @Reference     NVARCHAR(140) = NULL
AS
BEGIN
    SET NOCOUNT ON;
    SET XACT_ABORT ON;

    IF @Amount <= 0
        THROW 50001, N'Amount must be positive.', 1;

    IF @FromAccountId = @ToAccountId
        THROW 50002, N'Cannot transfer to the same account.', 1;

    BEGIN TRANSACTION;

    DECLARE @Balance DECIMAL(18, 2);

    SELECT @Balance = Balance
    FROM dbo.Accounts WITH (UPDLOCK, HOLDLOCK)
    WHERE AccountId = @FromAccountId;

    IF @Balance IS NULL
    BEGIN
        ROLLBACK TRANSACTION;
        THROW 50003, N'Source account not found.', 1;
    END;

    IF @Balance < @Amount
    BEGIN
        ROLLBACK TRANSACTION;
        THROW 50004, N'Insufficient funds.', 1;
    END;

    UPDATE dbo.Accounts SET Balance = Balance - @Amount WHERE AccountId = @FromAccountId;
    UPDATE dbo.Accounts SET Balance = Balance + @Amount WHERE AccountId = @ToAccountId;

    IF @@ROWCOUNT = 0
    BEGIN
        ROLLBACK TRANSACTION;
        THROW 50005, N'Target account not found.', 1;
    END;

    INSERT INTO dbo.Transfers (FromAccountId, ToAccountId, Amount, Reference, CreatedAt)
    VALUES (@FromAccountId, @ToAccountId, @Amount, @Reference, SYSUTCDATETIME());

    COMMIT TRANSACTION;

    SELECT SCOPE_IDENTITY() AS TransferId;
END;
GO

CREATE OR ALTER VIEW dbo.vw_AccountActivity
AS
SELECT a.AccountId,
       a.OwnerName,
       a.Balance,
       t.TransferId,
       CASE WHEN t.FromAccountId = a.AccountId THEN -t.Amount ELSE t.Amount END AS SignedAmount,
       t.Reference,
       t.CreatedAt
FROM dbo.Accounts AS a
JOIN dbo.Transfers AS t
  ON t.FromAccountId = a.AccountId OR t.ToAccountId = a.AccountId;
GO

CREATE OR ALTER PROCEDURE dbo.usp_MonthlyStatement
    @AccountId INT,
    @Year      SMALLINT,
    @Month     TINYINT
AS
BEGIN
    SET NOCOUNT ON;

    DECLARE @From DATE = DATEFROMPARTS(@Year, @Month, 1);
    DECLARE @To   DATE = DATEADD(MONTH, 1, @From);

    SELECT CreatedAt,
           Reference,
           SignedAmount,
           SUM(SignedAmount) OVER (ORDER BY CreatedAt, TransferId ROWS UNBOUNDED PRECEDING) AS RunningTotal
    FROM dbo.vw_AccountActivity
    WHERE AccountId = @AccountId
      AND CreatedAt >= @From
      AND CreatedAt <  @To
    ORDER BY CreatedAt, TransferId;
END;
GO

-- example:
-- EXEC dbo.usp_TransferFunds @FromAccountId = 1001, @ToAccountId = 1002, @Amount = 250.00, @Reference = N'May rent';
-- EXEC dbo.usp_MonthlyStatement @AccountId = 1001, @Year = 2024, @Month = 5;
GRANT EXECUTE ON dbo.usp_TransferFunds TO app_payments;
GRANT EXECUTE ON dbo.usp_MonthlyStatement TO app_payments, app_reporting;
GO
