// Placeholder entry point; replaced by the emulator implementation.
System.Console.WriteLine("EcsEmulator");
