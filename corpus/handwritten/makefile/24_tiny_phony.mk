.PHONY: run clean
run: main
	./main
clean:
	rm -f main *.o
