classdef BankAccount < handle
    %BANKACCOUNT Simple account with a transaction history.
    %   acct = BankAccount("Ana", 100);
    %   acct.deposit(25);
    %   acct.withdraw(40);

    properties (SetAccess = private)
        Owner string
        Balance (1,1) double = 0
        History table
    end

    properties (Constant)
        OverdraftLimit = 0
    end

    events
        LowBalance
    end

    methods
        function obj = BankAccount(owner, initial)
            arguments
                owner string
                initial (1,1) double {mustBeNonnegative} = 0
            end
            obj.Owner = owner;
            obj.History = table('Size', [0 3], ...
                'VariableTypes', {'datetime', 'string', 'double'}, ...
                'VariableNames', {'When', 'Kind', 'Amount'});
            if initial > 0
                obj.deposit(initial);
            end
        end

        function deposit(obj, amount)
            obj.validateAmount(amount);
            obj.Balance = obj.Balance + amount;
            obj.record("deposit", amount);
        end

        function withdraw(obj, amount)
            obj.validateAmount(amount);
            if obj.Balance - amount < -obj.OverdraftLimit
                error('BankAccount:insufficientFunds', ...
                    'Cannot withdraw %.2f, balance is %.2f', amount, obj.Balance);
            end
            obj.Balance = obj.Balance - amount;
            obj.record("withdrawal", -amount);
            if obj.Balance < 10
                notify(obj, 'LowBalance');
            end
        end

        function disp(obj)
            fprintf('  %s: %.2f (%d transactions)\n', obj.Owner, obj.Balance, height(obj.History));
        end
    end

    methods (Access = private)
        function record(obj, kind, amount)
            obj.History(end+1, :) = {datetime('now'), kind, amount};
        end
    end

    methods (Static, Access = private)
        function validateAmount(amount)
            if ~isscalar(amount) || ~isnumeric(amount) || amount <= 0
                error('BankAccount:badAmount', 'Amount must be a positive scalar.');
            end
        end
    end
end
