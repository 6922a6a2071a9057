fn main() -> std::process::ExitCode {
    answerable::cli::main()
}
