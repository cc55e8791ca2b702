// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Copydesk",
    products: [
        .library(name: "Copydesk", targets: ["Copydesk"]),
        .executable(name: "convert", targets: ["convert"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),
        .target(
            name: "Copydesk",
            dependencies: ["CLibXML2", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .executableTarget(
            name: "convert",
            dependencies: [
                "Copydesk",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "LibraryUse",
            dependencies: ["Copydesk"],
            path: "examples/LibraryUse"
        ),
        .executableTarget(
            name: "WriterThroughput",
            dependencies: ["Copydesk"],
            path: "Benchmarks/WriterThroughput"
        ),
        .executableTarget(
            name: "QuoteThroughput",
            dependencies: ["Copydesk"],
            path: "Benchmarks/QuoteThroughput"
        ),
        .executableTarget(
            name: "ScaleCheck",
            dependencies: ["Copydesk"],
            path: "Benchmarks/ScaleCheck"
        ),
        .testTarget(
            name: "CopydeskTests",
            dependencies: ["Copydesk", "CLibXML2"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
