namespace AppSnapshot.Commands { }
