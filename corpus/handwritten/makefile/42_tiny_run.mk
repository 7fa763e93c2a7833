all:
	gcc -Wall -o app main.c util.c && ./app
