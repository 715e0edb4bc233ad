// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Dateline",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "DatelineCore", targets: ["DatelineCore"]),
        .library(name: "GraphvizRender", targets: ["GraphvizRender"]),
        .executable(name: "dateline", targets: ["dateline"]),
        .executable(name: "dateline-benchmark", targets: ["dateline-benchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
    ],
    targets: [
        // Graphviz C library (Debian: libgraphviz-dev). Only GraphvizRender imports it.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        // The one small Swift wrapper around the Graphviz C API: DOT in, SVG/PNG/PDF out.
        .target(name: "GraphvizRender", dependencies: ["CGraphviz"]),
        // The pipeline: one folder per stage, plain value types between them.
        .target(
            name: "DatelineCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/Lexicons")]
        ),
        .executableTarget(
            name: "dateline",
            dependencies: [
                "DatelineCore", "GraphvizRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "dateline-benchmark",
            dependencies: [
                "DatelineCore", "GraphvizRender",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "DatelineCoreTests",
            dependencies: ["DatelineCore"],
            resources: [.copy("Fixtures")]
        ),
        // Also renders DatelineCore's charts, to check the SVG Graphviz makes of them.
        .testTarget(name: "GraphvizRenderTests", dependencies: ["GraphvizRender", "DatelineCore"]),
        .testTarget(name: "DatelineCLITests", dependencies: ["DatelineCore"]),
    ],
    swiftLanguageModes: [.v6]
)
