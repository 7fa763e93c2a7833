(loop for x in '(1 2 3 4 5 6) when (evenp x) collect (* x x))   ; => (4 16 36)

(loop for i from 1 to 10 sum i into total finally (return total)) ; => 55

(loop for (k v) on '(:a 1 :b 2 :c 3) by #'cddr collect (cons k v))

(loop for word in '("apple" "kiwi" "banana") maximize (length word))

(loop for c across "hello" count (find c "aeiou"))
