#!/usr/bin/env python3
"""Write benign.jsonl: source code and programming discussion a public API receives.

A Q&A site's question and answer bodies, a code-review tool's comments, an
issue tracker, a gist/snippet service, a learning platform's exercise
submissions and hints, a chat for developers: all of them take source code,
build files, SQL inside code, markup, stack traces and prose about code as
ordinary field values.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (quotes, `;`, `|`, `$`, `${...}`,
`{{ }}`, `<% %>`, `<script setup>`, `../`, `SELECT ... WHERE`, `exec`,
`subprocess.run([...])`, `Process.Start`, `$gte`, format strings).

Standard library only, deterministic (random.Random(2201)); running the
script twice gives the same bytes.
"""
import json
import random
import textwrap
from pathlib import Path

RNG = random.Random(2201)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category


def pick(seq):
    return RNG.choice(seq)


def t(s):
    """Dedent a triple-quoted block; <TAB> stands for a literal tab (Makefiles, gofmt)."""
    return textwrap.dedent(s).strip("\n").replace("<TAB>", "\t")


def fill(literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal: %r" % v)
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals (%d > %d): %r" % (len(out), n, out[0]))
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small")
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


# ---------------------------------------------------------------- shared pools
ENTITIES = ["Order", "Customer", "Invoice", "Product", "Ticket", "Shipment", "Booking", "Payment", "Review",
            "Employee", "Course", "Lesson"]
FIELDS = ["Status", "CreatedAt", "Total", "Email", "Country", "DueDate", "Priority", "Rating", "Sku", "Quantity"]
NAMES = ["Anna Müller", "Seán O'Brien", "Keiko Tanaka", "Olu Okafor", "Priya Sharma", "Björn Lindqvist",
         "Fatima Haddad", "Łucja Kowalski", "Mateo García-López", "Renée Dubois", "Elif Yılmaz", "Wei Zhang"]
CITIES = ["Berlin", "Dublin", "München", "Zürich", "Lyon", "São Paulo", "Kraków", "Osaka", "Montréal", "Gdańsk"]
SERVICES = ["checkout", "cart", "search-api", "payments", "auth", "catalog", "notifier", "billing-worker",
            "image-resizer", "gateway"]
VERSIONS = ["1.4.2", "2.0.0-rc.1", "3.11.0", "0.9.7", "5.2.1", "8.0.4", "17.0.2", "1.21.6"]


# ======================================================================= csharp
def csharp_dotnet():
    lit = [
        "var active = users.Where(u => u.IsActive && u.LastLogin > DateTime.UtcNow.AddDays(-30)).OrderBy(u => u.Email).ToList();",
        t(r"""
            var orders = await _db.Orders
                .Include(o => o.Lines)
                .Where(o => o.CustomerId == customerId && o.Status != OrderStatus.Cancelled)
                .OrderByDescending(o => o.CreatedAt)
                .Take(50)
                .ToListAsync(ct);
            """),
        t(r"""
            [HttpGet("{id:int}")]
            public async Task<ActionResult<ProductDto>> Get(int id)
            {
                var p = await _service.FindAsync(id);
                if (p is null) return NotFound();
                return Ok(p);
            }
            """),
        "dotnet add package Microsoft.EntityFrameworkCore.SqlServer --version 8.0.4",
        '{"ConnectionStrings": {"Default": "Server=localhost;Database=Shop;Trusted_Connection=True;TrustServerCertificate=True"}, "Logging": {"LogLevel": {"Default": "Information", "Microsoft.AspNetCore": "Warning"}}}',
        'var blogs = context.Blogs.FromSqlInterpolated($"SELECT * FROM dbo.Blogs WHERE Rating > {minRating}").ToList();',
        'string path = Path.Combine(env.ContentRootPath, "App_Data", "exports", $"{DateTime.Now:yyyyMMdd}.csv");',
        t(r"""
            How do I read stdout from a child process without deadlocking? This hangs when git prints a lot:

            var psi = new ProcessStartInfo("git", "log --oneline -n 500")
            {
                RedirectStandardOutput = true,
                UseShellExecute = false
            };
            using var p = Process.Start(psi)!;
            p.WaitForExit();
            var text = p.StandardOutput.ReadToEnd();
            """),
        'var label = score switch { >= 90 => "A", >= 80 => "B", >= 70 => "C", _ => "F" };',
        "Why does `await foreach (var item in channel.Reader.ReadAllAsync(token))` never finish after I call `writer.Complete()`? The producer definitely runs to the end.",
        "public string? MiddleName { get; init; }",
        'services.AddDbContext<AppDbContext>(o => o.UseNpgsql(builder.Configuration.GetConnectionString("Default")));',
        'app.MapGet("/api/todos/{id}", async (int id, TodoDb db) => await db.Todos.FindAsync(id) is Todo t ? Results.Ok(t) : Results.NotFound());',
        t(r"""
            var q = from c in db.Customers
                    join o in db.Orders on c.Id equals o.CustomerId into g
                    where c.Country == "DE"
                    select new { c.Name, Total = g.Sum(x => x.Amount) };
            """),
        "dotnet ef migrations add AddOrderIndexes --project src/Shop.Data --startup-project src/Shop.Api",
        'dotnet test --filter "FullyQualifiedName~Shop.Tests.Checkout&Category!=Slow" --logger "trx;LogFileName=results.trx"',
        'var user = await conn.QuerySingleOrDefaultAsync<User>("SELECT Id, Email FROM Users WHERE Email = @email", new { email });',
        '[Required, StringLength(120), RegularExpression(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")] public string Slug { get; set; } = "";',
        'var logDir = @"C:\\ProgramData\\Contoso\\Logs\\";',
        'if (obj is not { Length: > 0 } s) throw new ArgumentException("empty", nameof(obj));',
        "Nit: `ConfigureAwait(false)` isn't needed in ASP.NET Core, there's no SynchronizationContext. Also consider adding `CancellationToken ct = default` to the public method and passing it down to `SaveChangesAsync`.",
        'builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o => { o.Authority = "https://login.example.com/"; o.Audience = "api://shop"; });',
        t(r"""
            <ItemGroup>
              <PackageReference Include="Serilog.AspNetCore" Version="8.0.1" />
              <PackageReference Include="Polly" Version="8.3.1" />
              <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />
            </ItemGroup>
            """),
        "string json = JsonSerializer.Serialize(order, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.CamelCase, WriteIndented = true });",
        "ReadOnlySpan<char> span = line.AsSpan(); int idx = span.IndexOf(';'); var key = span[..idx].Trim(); var value = span[(idx + 1)..].Trim();",
        'Console.WriteLine($"{name,-20}|{price,10:C2}|{DateTime.Now:HH:mm}");',
        t(r"""
            app.Use(async (ctx, next) =>
            {
                ctx.Response.Headers["X-Request-Id"] = ctx.TraceIdentifier;
                await next();
            });
            """),
        t(r"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
                <add key="internal" value="https://pkgs.example.com/nuget/v3/index.json" />
              </packageSources>
            </configuration>
            """),
        "EF Core 8 throws `The LINQ expression 'DbSet<Order>().Where(o => o.Tags.Contains(__tag_0))' could not be translated.` Tags is a `List<string>` mapped with a value converter. How do I make this run server-side instead of calling `AsEnumerable()`?",
        "var grouped = sales.GroupBy(s => new { s.Region, s.Date.Year }).Select(g => new { g.Key.Region, g.Key.Year, Sum = g.Sum(x => x.Net) });",
        "await db.Products.Where(p => p.Stock == 0 && p.DiscontinuedAt != null).ExecuteUpdateAsync(s => s.SetProperty(p => p.IsVisible, false));",
        "PM> Update-Database -Migration 20240315093012_AddInvoices -Context BillingContext",
        '"profiles": { "Shop.Api": { "commandName": "Project", "applicationUrl": "https://localhost:7043;http://localhost:5043", "environmentVariables": { "ASPNETCORE_ENVIRONMENT": "Development" } } }',
        "let total = orders |> List.filter (fun o -> o.Paid) |> List.sumBy (fun o -> o.Amount)",
        'var rx = new Regex(@"(?<year>\\d{4})-(?<month>\\d{2})-(?<day>\\d{2})", RegexOptions.Compiled | RegexOptions.CultureInvariant);',
        "void Update() { transform.Rotate(Vector3.up * rotationSpeed * Time.deltaTime); }",
        "Hint: you don't need a loop here. `Enumerable.Range(1, n - 1).Where(i => i % 3 == 0 || i % 5 == 0).Sum()` does it in one line. Watch out for `n <= 1`.",
        "// Preis inkl. MwSt. berechnen (19 %, ermäßigt 7 %)\ndecimal brutto = artikel.Ermaessigt ? netto * 1.07m : netto * 1.19m;",
        t(r"""
            using System;
            using System.Linq;

            public static class Kata
            {
                public static bool IsIsogram(string s) =>
                    s.ToLowerInvariant().Distinct().Count() == s.Length;
            }
            """),
        "public static IQueryable<T> WhereIf<T>(this IQueryable<T> q, bool cond, Expression<Func<T, bool>> pred) => cond ? q.Where(pred) : q;",
        "Suggested change:\n```suggestion\nif (string.IsNullOrWhiteSpace(request.Email)) return Results.BadRequest(new { error = \"email required\" });\n```\nOtherwise we return a 500 from the validator further down.",
        "dotnet publish -c Release -r linux-x64 --self-contained false -o ./out /p:Version=1.4.2 /p:InformationalVersion=1.4.2+$(git rev-parse --short HEAD)",
        'var forecast = await http.GetFromJsonAsync<WeatherDto[]>("https://api.example.com/weather?city=Z%C3%BCrich&days=3", ct);',
        "Interlocked.Increment(ref _pendingRequests); try { await next(ctx); } finally { Interlocked.Decrement(ref _pendingRequests); }",
        t(r"""
            using var cmd = new SqlCommand("UPDATE Accounts SET Balance = Balance - @amt WHERE Id = @id AND Balance >= @amt", conn, tx);
            cmd.Parameters.Add("@amt", SqlDbType.Decimal).Value = amount;
            cmd.Parameters.Add("@id", SqlDbType.Int).Value = accountId;
            if (await cmd.ExecuteNonQueryAsync(ct) == 0) throw new InsufficientFundsException(accountId);
            """),
        '"Serilog": { "MinimumLevel": "Information", "WriteTo": [ { "Name": "File", "Args": { "path": "logs/app-.log", "rollingInterval": "Day", "outputTemplate": "{Timestamp:HH:mm:ss} [{Level:u3}] {Message:lj}{NewLine}{Exception}" } } ] }',
        'public override string ToString() => $"{{ Id = {Id}, Name = {Name} }}";',
        "为什么在 `List<T>.ForEach` 里面用 `await` 不会等待？是不是应该改成普通的 `foreach`？日志显示 `SaveChangesAsync` 在所有项目处理完之前就执行了。",
        "[*.cs]\ndotnet_diagnostic.CA2007.severity = none\ndotnet_style_qualification_for_field = false:suggestion\ncsharp_style_namespace_declarations = file_scoped:warning",
        "protected override void OnModelCreating(ModelBuilder b) { b.Entity<Order>().HasIndex(o => new { o.TenantId, o.Number }).IsUnique(); b.Entity<Order>().Property(o => o.Total).HasPrecision(18, 2); }",
        "Should `IAsyncEnumerable<T>` endpoints in minimal APIs stream with `Results.Ok(GetItems())`, or do I need `TypedResults.Stream`? With the first one the response only starts after the last item.",
        "[Theory]\n[InlineData(\"\", false)]\n[InlineData(\"a@b.de\", true)]\n[InlineData(\"user@@example.com\", false)]\npublic void Validates_email(string input, bool expected) => Assert.Equal(expected, EmailRule.IsValid(input));",
        "var cts = CancellationTokenSource.CreateLinkedTokenSource(ct); cts.CancelAfter(TimeSpan.FromSeconds(5)); await using var stream = await blob.OpenReadAsync(cancellationToken: cts.Token);",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        e, f = pick(ENTITIES), pick(FIELDS)
        var = e[0].lower()
        if kind == 0:
            return "var list = await db.%ss.AsNoTracking().Where(%s => %s.%s %s).OrderBy(%s => %s.%s).ToListAsync();" % (
                e, var, var, f, pick(["!= null", "== filter.%s" % f, "> cutoff", ".StartsWith(prefix)"]), var, var, pick(FIELDS))
        if kind == 1:
            return "dotnet %s" % pick([
                "add package %s --version %s" % (pick(["Dapper", "Npgsql", "MediatR", "FluentValidation", "Refit", "Hangfire.Core"]), pick(VERSIONS)),
                "ef database update --context %sContext" % e,
                "new webapi -n %s.Api -o src/%s.Api --framework net8.0" % (e, e),
                "user-secrets set \"Smtp:Host\" \"smtp.%s.example.com\"" % pick(SERVICES),
                "run --project src/%s.Api --launch-profile https" % e])
        if kind == 2:
            return "public sealed record %sDto(int Id, string %s, DateTime CreatedAt, decimal? %s);" % (e, pick(FIELDS), pick(["Total", "Discount", "Weight", "Tax"]))
        if kind == 3:
            return '"%s": { "BaseUrl": "https://%s.internal.example.com/", "TimeoutSeconds": %d, "Retry": { "Count": %d, "BackoffMs": %d } }' % (
                pick(SERVICES).title().replace("-", ""), pick(SERVICES), RNG.randint(5, 60), RNG.randint(1, 5), pick([200, 500, 1000]))
        if kind == 4:
            return "var %s = %ss.ToDictionary(x => x.%s, x => x.%s);" % (
                pick(["byId", "lookup", "index", "map"]), var, pick(["Id", "Sku", "Email"]), pick(FIELDS))
        return "[Http%s(\"api/%ss/{id}/%s\")]\npublic async Task<IActionResult> %s(int id, CancellationToken ct) => Ok(await _mediator.Send(new %s%sQuery(id), ct));" % (
            pick(["Get", "Post", "Put"]), e.lower(), pick(["lines", "history", "notes", "pdf"]), pick(["Handle", "Run", "Process"]),
            e, pick(["Details", "History", "Export"]))
    return fill(lit, gen)


# ========================================================================== jvm
def jvm():
    lit = [
        "List<String> adults = people.stream().filter(p -> p.getAge() >= 18).map(Person::getName).sorted().collect(Collectors.toList());",
        t(r"""
            String sql = "SELECT id, email FROM users WHERE tenant_id = ? AND email LIKE ?";
            try (PreparedStatement ps = conn.prepareStatement(sql)) {
                ps.setLong(1, tenantId);
                ps.setString(2, prefix + "%");
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) result.add(new UserRow(rs.getLong("id"), rs.getString("email")));
                }
            }
            """),
        '@Value("${app.upload.max-size:10MB}")\nprivate DataSize maxUploadSize;',
        '@Query("SELECT o FROM Order o JOIN FETCH o.items WHERE o.customer.id = :customerId AND o.status <> \'CANCELLED\'")\nList<Order> findOpenWithItems(@Param("customerId") Long customerId);',
        'List<Invoice> overdue = session.createQuery("from Invoice i where i.dueDate < :today and i.paid = false order by i.dueDate", Invoice.class).setParameter("today", LocalDate.now()).list();',
        "mvn -pl service-api -am clean verify -DskipITs -Dspring.profiles.active=test",
        t(r"""
            dependencies {
                implementation("org.springframework.boot:spring-boot-starter-web")
                implementation("org.flywaydb:flyway-core")
                testImplementation("org.junit.jupiter:junit-jupiter:5.10.2")
            }
            tasks.test { useJUnitPlatform() }
            """),
        "val revenueByCity = customers.groupBy { it.city }.mapValues { (_, list) -> list.sumOf { it.revenue } }",
        "val results = coroutineScope { ids.map { id -> async(Dispatchers.IO) { api.fetch(id) } }.awaitAll() }",
        "val top = words.groupBy(identity).view.mapValues(_.size).toSeq.sortBy(-_._2).take(10)",
        t(r"""
            for {
              user   <- userRepo.find(id)
              orders <- orderRepo.byUser(user.id)
            } yield UserSummary(user.name, orders.map(_.total).sum)
            """),
        "def total = orders.findAll { it.paid }.sum { it.amount } ?: 0",
        t(r"""
            @RestController
            @RequestMapping("/api/v1/orders")
            public class OrderController {
                @GetMapping("/{id}")
                public ResponseEntity<OrderDto> get(@PathVariable Long id) {
                    return service.find(id).map(ResponseEntity::ok).orElse(ResponseEntity.notFound().build());
                }
            }
            """),
        t(r"""
            spring:
              datasource:
                url: jdbc:postgresql://db:5432/shop?currentSchema=app
                username: ${DB_USER}
                password: ${DB_PASSWORD}
              jpa:
                hibernate:
                  ddl-auto: validate
                open-in-view: false
            """),
        'System.out.printf("%-10s %5d %8.2f%n", name, qty, price);',
        "public record Money(BigDecimal amount, Currency currency) {\n    public Money {\n        Objects.requireNonNull(currency, \"currency\");\n        amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);\n    }\n}",
        'String city = Optional.ofNullable(user).map(User::getAddress).map(Address::getCity).orElse("unknown");',
        'String kind = switch (day) { case SATURDAY, SUNDAY -> "weekend"; default -> "weekday"; };',
        t(r'''
            String query = """
                SELECT c.name, SUM(o.total) AS revenue
                FROM customers c JOIN orders o ON o.customer_id = c.id
                WHERE o.created_at >= ?
                GROUP BY c.name
                ORDER BY revenue DESC
                """;
            '''),
        'http.authorizeHttpRequests(a -> a.requestMatchers("/actuator/health", "/v3/api-docs/**").permitAll().anyRequest().authenticated()).oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()));',
        'log.info("Processed {} orders for tenant {} in {} ms", count, tenantId, elapsed);',
        '<pattern>%d{ISO8601} [%thread] %-5level %logger{36} - %msg%n</pattern>',
        '@ParameterizedTest\n@CsvSource({"1, 1, 2", "2, 3, 5", "-1, 1, 0"})\nvoid adds(int a, int b, int expected) {\n    assertEquals(expected, calc.add(a, b));\n}',
        "when(repo.findByEmail(anyString())).thenReturn(Optional.of(user));\nservice.resetPassword(\"a@example.com\");\nverify(mailer, times(1)).send(any(Mail.class));",
        "sealed interface Result<out T> {\n    data class Ok<T>(val value: T) : Result<T>\n    data class Err(val message: String) : Result<Nothing>\n}",
        'println("User ${user.name} has ${user.orders.size} orders, last one on ${user.orders.lastOrNull()?.date ?: "never"}")',
        "./gradlew :app:bootRun --args='--spring.profiles.active=local --server.port=8081'",
        "java -Xmx2g -XX:+UseG1GC -XX:MaxGCPauseMillis=200 -Dfile.encoding=UTF-8 -jar build/libs/shop-0.3.1.jar",
        "CompletableFuture.supplyAsync(() -> pricing.quote(cart), pool).thenCombine(stockFuture, Quote::withStock).orTimeout(2, TimeUnit.SECONDS).exceptionally(ex -> Quote.unavailable());",
        '@Scheduled(cron = "0 */15 * * * *", zone = "Europe/Berlin")\npublic void syncExchangeRates() { ratesClient.refresh(); }',
        "List<Customer> findTop10ByLastNameIgnoreCaseOrderByCreatedAtDesc(String lastName);",
        "binding.saveButton.setOnClickListener { viewModel.save(binding.nameInput.text.toString().trim()) }",
        'private static final Pattern PHONE = Pattern.compile("^\\\\+?[0-9 ()-]{7,20}$");',
        'Hibernate generates N+1 selects for `@OneToMany(fetch = FetchType.LAZY)` when I iterate `order.getItems()` in the mapper. Is `@EntityGraph(attributePaths = "items")` the right fix, or should I write a `JOIN FETCH` query? Paging is involved, so I am worried about the "firstResult/maxResults specified with collection fetch" warning.',
        "jshell> IntStream.rangeClosed(1, 5).map(i -> i * i).boxed().toList()\n$1 ==> [1, 4, 9, 16, 25]",
        "@PreAuthorize(\"hasRole('ADMIN') or #id == authentication.principal.id\")\npublic UserDto get(@PathVariable Long id) { ... }",
        '<span th:text="${#temporals.format(order.createdAt, \'dd.MM.yyyy HH:mm\')}">01.01.2024</span>',
        "val label = when (val s = state) {\n    is Loading -> \"…\"\n    is Loaded -> s.items.joinToString()\n    is Failed -> \"Fehler: ${s.cause.message}\"\n}",
        'try (Stream<Path> files = Files.walk(Paths.get("src/main/resources/templates"))) { files.filter(Files::isRegularFile).map(Path::toString).forEach(System.out::println); }',
        'ProcessBuilder pb = new ProcessBuilder("git", "rev-parse", "--short", "HEAD");\npb.redirectErrorStream(true);\nString sha = new String(pb.start().getInputStream().readAllBytes()).trim();',
        "@Data @Builder @NoArgsConstructor @AllArgsConstructor\n@Entity @Table(name = \"shipments\")\npublic class Shipment { @Id @GeneratedValue private Long id; private String carrier; private String trackingNo; }",
        '// 税込価格を計算する（端数は四捨五入）\nBigDecimal gross = net.multiply(new BigDecimal("1.10")).setScale(0, RoundingMode.HALF_UP);',
        "<dependency>\n  <groupId>org.postgresql</groupId>\n  <artifactId>postgresql</artifactId>\n  <version>42.7.3</version>\n  <scope>runtime</scope>\n</dependency>",
        "Remember that `==` compares references for `String`. Use `a.equals(b)`, or `Objects.equals(a, b)` if either side can be null. Your test passes locally only because of string interning.",
        "logging.level.org.hibernate.SQL=DEBUG\nlogging.level.org.hibernate.orm.jdbc.bind=TRACE\nspring.jpa.properties.hibernate.format_sql=true",
        "@Value(\"#{'${app.allowed-origins}'.split(',')}\")\nprivate List<String> allowedOrigins;",
        "CriteriaBuilder cb = em.getCriteriaBuilder();\nCriteriaQuery<Book> cq = cb.createQuery(Book.class);\nRoot<Book> b = cq.from(Book.class);\ncq.where(cb.like(cb.lower(b.get(\"title\")), \"%\" + term.toLowerCase() + \"%\"));",
        "fun <T> Flow<T>.throttleFirst(window: Duration): Flow<T> = flow { var last = 0L; collect { if (System.nanoTime() - last >= window.inWholeNanoseconds) { last = System.nanoTime(); emit(it) } } }",
        "Map<Boolean, List<Order>> parts = orders.stream().collect(Collectors.partitioningBy(o -> o.total().compareTo(BigDecimal.valueOf(100)) > 0));",
        "object Main extends App {\n  val xs = List(3, 1, 4, 1, 5, 9, 2, 6)\n  xs.sorted.distinct match {\n    case head :: tail => println(s\"min=$head rest=${tail.mkString(\",\")}\")\n    case Nil => println(\"empty\")\n  }\n}",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        e = pick(ENTITIES)
        if kind == 0:
            return "%s.stream().filter(%s -> %s).map(%s).collect(Collectors.%s);" % (
                e.lower() + "s", e[0].lower(), pick(["x.isActive()".replace("x", e[0].lower()), "%s.getTotal().signum() > 0" % e[0].lower(), "!%s.isDeleted()" % e[0].lower()]),
                pick(["%s::getId" % e, "%s::getName" % e, "%sDto::from" % e]), pick(["toList()", "toSet()", "joining(\", \")", "counting()"]))
        if kind == 1:
            return "mvn %s" % pick([
                "versions:display-dependency-updates -pl %s" % pick(SERVICES),
                "-B -ntp -Dmaven.test.skip=false -Dsurefire.rerunFailingTestsCount=%d package" % RNG.randint(1, 3),
                "dependency:tree -Dincludes=%s" % pick(["com.fasterxml.jackson.core", "org.slf4j", "io.netty", "org.yaml:snakeyaml"]),
                "spring-boot:run -Dspring-boot.run.profiles=%s" % pick(["dev", "local", "docker"]),
                "release:prepare -DreleaseVersion=%s -DdevelopmentVersion=%s-SNAPSHOT" % (pick(VERSIONS), pick(VERSIONS))])
        if kind == 2:
            return "Optional<%s> findBy%sAnd%s(%s %s, %s %s);" % (
                e, pick(FIELDS), pick(FIELDS), pick(["String", "Long", "LocalDate"]), "a", pick(["String", "Status", "Integer"]), "b")
        if kind == 3:
            return "data class %s(val id: Long, val %s: String, val %s: %s? = null)" % (
                e, pick(["name", "title", "email", "sku"]), pick(["note", "discount", "tags"]), pick(["String", "BigDecimal", "List<String>"]))
        if kind == 4:
            return "app.%s.%s=%s" % (pick(SERVICES).replace("-", ""), pick(["base-url", "timeout", "retry-count", "enabled"]),
                                    pick(["https://%s.internal.example.com" % pick(SERVICES), "PT%dS" % RNG.randint(2, 30), str(RNG.randint(1, 5)), "true", "${%s_URL:http://localhost:8080}" % pick(SERVICES).upper().replace("-", "_")]))
        return "@%sMapping(\"/%ss/{id}/%s\")\npublic %sDto %s(@PathVariable long id) { return %sService.%s(id); }" % (
            pick(["Get", "Post", "Delete", "Put"]), e.lower(), pick(["items", "history", "status"]), e, pick(["load", "handle", "fetch"]), e.lower(), pick(["load", "apply", "archive"]))
    return fill(lit, gen)


# ==================================================================== go-rust-c
def go_rust_c():
    lit = [
        t(r"""
            func (h *Handler) GetUser(w http.ResponseWriter, r *http.Request) {
            <TAB>id := chi.URLParam(r, "id")
            <TAB>u, err := h.store.User(r.Context(), id)
            <TAB>if err != nil {
            <TAB><TAB>http.Error(w, err.Error(), http.StatusNotFound)
            <TAB><TAB>return
            <TAB>}
            <TAB>_ = json.NewEncoder(w).Encode(u)
            }
            """),
        'err := db.QueryRowContext(ctx, "SELECT name, email FROM users WHERE id = $1", id).Scan(&u.Name, &u.Email)',
        "go test ./... -race -count=1 -run 'TestCheckout/.*discount'",
        "let total: u64 = items.iter().filter(|i| i.in_stock).map(|i| i.price * i.qty as u64).sum();",
        "fn longest<'a>(x: &'a str, y: &'a str) -> &'a str { if x.len() > y.len() { x } else { y } }",
        "// SAFETY: `ptr` comes from Vec::as_ptr on a Vec we still own, and `len` <= its length.\nlet slice = unsafe { std::slice::from_raw_parts(ptr, len) };",
        'cargo build --release --target x86_64-unknown-linux-musl --features "tls,metrics"',
        '[package]\nname = "ingest"\nversion = "0.4.0"\nedition = "2021"\n\n[dependencies]\ntokio = { version = "1", features = ["full"] }\nserde = { version = "1", features = ["derive"] }\nanyhow = "1"',
        t(r"""
            #include <stdio.h>
            #include <string.h>

            int main(int argc, char **argv) {
                char buf[64];
                if (argc < 2) { fprintf(stderr, "usage: %s NAME\n", argv[0]); return 1; }
                snprintf(buf, sizeof buf, "hello, %s", argv[1]);
                puts(buf);
                return 0;
            }
            """),
        "#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))",
        "std::sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.score > b.score; });",
        "template <typename T>\nconcept Number = std::integral<T> || std::floating_point<T>;\n\ntemplate <Number T>\nT clamp01(T x) { return std::clamp(x, T{0}, T{1}); }",
        t(r"""
            CFLAGS ?= -O2 -Wall -Wextra -std=c11
            SRC := $(wildcard src/*.c)
            OBJ := $(SRC:.c=.o)

            app: $(OBJ)
            <TAB>$(CC) $(CFLAGS) -o $@ $^ $(LDLIBS)

            clean:
            <TAB>rm -f $(OBJ) app
            """),
        "type Order struct {\n\tID    int64   `json:\"id\" db:\"id\"`\n\tTotal float64 `json:\"total,omitempty\" db:\"total\"`\n\tNote  *string `json:\"note\"`\n}",
        "g, ctx := errgroup.WithContext(ctx)\nfor _, u := range urls {\n\tu := u\n\tg.Go(func() error { return fetch(ctx, u) })\n}\nif err := g.Wait(); err != nil {\n\tlog.Printf(\"fetch: %v\", err)\n}",
        '{{range .Items}}<li>{{.Name}} &ndash; {{printf "%.2f" .Price}} €</li>{{else}}<li>Keine Artikel</li>{{end}}',
        "fn parse_port(s: &str) -> Result<u16, ParseIntError> {\n    let n: u16 = s.trim().parse()?;\n    Ok(n)\n}",
        'RUSTFLAGS="-C target-cpu=native" cargo bench -- --save-baseline main',
        "Why does `int *p = malloc(10 * sizeof *p);` compile without a cast in C, while g++ complains `invalid conversion from 'void*' to 'int*'`? Same file, I only renamed it to .cpp.",
        "gcc -g -O0 -fsanitize=address,undefined -o parse parse.c && ./parse < testdata/input.txt",
        "macro_rules! hashmap {\n    ($($k:expr => $v:expr),* $(,)?) => {{\n        let mut m = ::std::collections::HashMap::new();\n        $(m.insert($k, $v);)*\n        m\n    }};\n}",
        '#[derive(Debug, Clone, Serialize, Deserialize)]\n#[serde(rename_all = "camelCase")]\nstruct Config {\n    listen_addr: String,\n    max_conns: usize,\n    #[serde(default)]\n    tls: Option<TlsConfig>,\n}',
        'addr := fmt.Sprintf("%s:%d", cfg.Host, cfg.Port)',
        "func Map[T, U any](s []T, f func(T) U) []U {\n\tr := make([]U, 0, len(s))\n\tfor _, v := range s {\n\t\tr = append(r, f(v))\n\t}\n\treturn r\n}",
        "auto w = std::make_unique<Widget>(42);\nregistry.emplace(w->id(), std::move(w)); // w is now null, don't touch it",
        "struct __attribute__((packed)) header { uint8_t version; uint16_t length; uint32_t crc; };",
        "go mod tidy && go vet ./... && staticcheck ./... && golangci-lint run --timeout 5m",
        "let handle = tokio::spawn(async move {\n    while let Some(msg) = rx.recv().await {\n        if let Err(e) = sink.send(msg).await { tracing::warn!(%e, \"send failed\"); }\n    }\n});",
        "add_executable(app src/main.cpp src/server.cpp)\ntarget_compile_features(app PRIVATE cxx_std_20)\ntarget_link_libraries(app PRIVATE fmt::fmt Threads::Threads)",
        'const std = @import("std");\n\npub fn main() !void {\n    const stdout = std.io.getStdOut().writer();\n    try stdout.print("{d} items\\n", .{42});\n}',
        "select {\ncase <-ctx.Done():\n\treturn ctx.Err()\ncase job := <-jobs:\n\tresults <- process(job)\ncase <-time.After(30 * time.Second):\n\treturn errors.New(\"idle timeout\")\n}",
        'Review: `strncpy(dst, src, sizeof dst)` does not NUL-terminate when `src` is longer than the buffer. Either use `snprintf(dst, sizeof dst, "%s", src)` or `strlcpy` where available, and please add a test with a 64-byte name.',
        'std::string line = std::format("{:<12}{:>8.2f}{:>6}", name, price, qty);',
        "fn words(s: &str) -> impl Iterator<Item = &str> + '_ { s.split_whitespace().filter(|w| !STOP.contains(w)) }",
        "valgrind --leak-check=full --show-leak-kinds=all --track-origins=yes ./bin/server --config ./etc/dev.toml",
        "//go:embed templates/*.html static/*\nvar assets embed.FS",
        "let cache: Arc<Mutex<HashMap<String, Vec<u8>>>> = Arc::new(Mutex::new(HashMap::new()));",
        "typedef int (*cmp_fn)(const void *, const void *);\nstatic int by_len(const void *a, const void *b) { return (int)strlen(*(char *const *)a) - (int)strlen(*(char *const *)b); }\nqsort(words, n, sizeof *words, (cmp_fn)by_len);",
        "objdump -d -M intel build/main.o | less",
        "러스트 초보입니다. `for item in &mut list { list.push(item.clone()); }` 에서 `cannot borrow `list` as mutable more than once` 에러가 나는데, 새 Vec에 모아서 나중에 `extend` 하는 게 맞는 방법인가요?",
        "package main\n\nimport \"fmt\"\n\nfunc Reverse(s string) string {\n\tr := []rune(s)\n\tfor i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {\n\t\tr[i], r[j] = r[j], r[i]\n\t}\n\treturn string(r)\n}\n\nfunc main() { fmt.Println(Reverse(\"Grüße, 世界\")) }",
        "{\n    std::lock_guard<std::mutex> lk(m_);\n    queue_.push_back(std::move(task));\n}\ncv_.notify_one();",
        'println!("{:?} {:#x} {name:>10}", v, flags, name = user.login);',
        "#include <bits/stdc++.h>\nusing namespace std;\nint main(){ios::sync_with_stdio(false);cin.tie(nullptr);int n;long long k;cin>>n>>k;vector<long long>a(n);for(auto&x:a)cin>>x;sort(a.begin(),a.end());cout<<a[min<long long>(k,n)-1]<<\"\\n\";}",
        'cmd := exec.CommandContext(ctx, "ffmpeg", "-y", "-i", in, "-vf", "scale=640:-1", "-c:a", "copy", out)\ncmd.Stderr = &stderr\nif err := cmd.Run(); err != nil { return fmt.Errorf("ffmpeg: %w: %s", err, stderr.String()) }',
        'printf("%08.3f|%-5s|%p\\n", x, s, (void *)ptr);',
        "cargo clippy --all-targets --all-features -- -D warnings",
        "defer resp.Body.Close() //nolint:errcheck",
        '#[cfg(target_os = "linux")]\nfn page_size() -> usize { unsafe { libc::sysconf(libc::_SC_PAGESIZE) as usize } }',
        '#[no_mangle]\npub extern "C" fn checksum(data: *const u8, len: usize) -> u32 {\n    let bytes = unsafe { std::slice::from_raw_parts(data, len) };\n    crc32fast::hash(bytes)\n}',
        "volatile uint32_t *const GPIO_OUT = (uint32_t *)0x40020014;\n*GPIO_OUT |= (1u << 5);",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        if kind == 0:
            return "go %s" % pick(["get github.com/%s/%s@v%s" % (pick(["jackc", "go-chi", "spf13", "rs", "google"]), pick(["pgx/v5", "chi/v5", "cobra", "zerolog", "uuid"]), pick(VERSIONS)),
                                   "test -run Test%s -v ./internal/%s/..." % (pick(ENTITIES), pick(SERVICES).replace("-", "")),
                                   "build -ldflags \"-s -w -X main.version=%s\" -o bin/%s ./cmd/%s" % (pick(VERSIONS), pick(SERVICES), pick(SERVICES)),
                                   "tool pprof -http=:%d cpu.out" % RNG.randint(6000, 9000)])
        if kind == 1:
            return "cargo %s" % pick(["add %s%s" % (pick(["serde_json", "reqwest", "clap", "axum", "sqlx", "thiserror"]), pick(["", " --features derive", " --features json"])),
                                      "test -p %s -- --nocapture %s" % (pick(["core", "api", "ingest"]), pick(["parse", "roundtrip", "merge"])),
                                      "run --bin %s -- --port %d" % (pick(SERVICES), RNG.randint(3000, 9000))])
        if kind == 2:
            return "if err != nil {\n\treturn nil, fmt.Errorf(\"%s %%s: %%w\", %s, err)\n}" % (
                pick(["load", "decode", "query", "open"]) + " " + pick(ENTITIES).lower(), pick(["id", "path", "name", "key"]))
        if kind == 3:
            return "fn %s(&self, %s: &%s) -> Option<&%s> { self.%s.get(%s) }" % (
                pick(["find", "lookup", "get_by_key"]), pick(["id", "key"]), pick(["str", "Uuid", "u64"]), pick(ENTITIES), pick(["index", "map", "items"]), pick(["id", "key"]))
        if kind == 4:
            return "static %s %s_%s(%s *%s, size_t n) { %s }" % (
                pick(["int", "size_t", "void"]), pick(ENTITIES).lower(), pick(["count", "reset", "sum"]), pick(["struct item", "uint8_t", "char"]), pick(["buf", "items", "p"]),
                pick(["size_t c = 0; for (size_t i = 0; i < n; i++) c += buf[i] != 0; return c;", "memset(items, 0, n * sizeof *items);", "return n ? p[n - 1] : 0;"]))
        return "g++ -std=c++%d -O2 -Wall -pedantic %s.cpp -o %s%s" % (pick([17, 20, 23]), pick(["main", "solution", "a", "graph"]), pick(["main", "sol", "a.out"]), pick(["", " && ./main < in.txt", " -lpthread"]))
    return fill(lit, gen)


# ============================================================== python-ruby-php
def python_ruby_php():
    lit = [
        'print(f"{user.name!r:>20} | {balance:,.2f} € | {ts:%Y-%m-%d %H:%M}")',
        t(r"""
            def retry(times=3, exceptions=(ConnectionError,)):
                def deco(fn):
                    @functools.wraps(fn)
                    def wrapper(*args, **kwargs):
                        for attempt in range(times):
                            try:
                                return fn(*args, **kwargs)
                            except exceptions:
                                if attempt == times - 1:
                                    raise
                                time.sleep(2 ** attempt)
                    return wrapper
                return deco
            """),
        'result = subprocess.run(["git", "log", "--oneline", "-n", "5"], capture_output=True, text=True, check=True)',
        'stmt = select(User).where(User.email.ilike(f"%{term}%")).order_by(User.created_at.desc()).limit(20)',
        'top = Order.objects.filter(created__gte=since, status__in=["paid", "shipped"]).annotate(n=Count("items")).order_by("-n")[:10]',
        'people = Person.objects.raw("SELECT * FROM myapp_person WHERE last_name = %s", [lname])',
        "emails = users.select(&:active?).map(&:email).uniq.sort",
        'Post.where(published: true).where("created_at > ?", 1.week.ago).includes(:author).order(created_at: :desc).limit(10)',
        t(r"""
            class AddIndexToOrdersOnCustomerId < ActiveRecord::Migration[7.1]
              disable_ddl_transaction!

              def change
                add_index :orders, [:customer_id, :created_at], algorithm: :concurrently
              end
            end
            """),
        t(r"""
            In `app/Http/Controllers/InvoiceController.php`:

            ```php
            <?php

            namespace App\Http\Controllers;

            use App\Models\Invoice;

            class InvoiceController extends Controller
            {
                public function show(Invoice $invoice)
                {
                    $this->authorize('view', $invoice);
                    return view('invoices.show', ['invoice' => $invoice->load('lines')]);
                }
            }
            ```

            Looks fine, but can we eager-load `customer` as well? The blade template touches `$invoice->customer->name`.
            """),
        "$users = DB::table('users')->where('votes', '>', 100)->orWhere('name', 'John')->get();",
        "$posts = Post::with('comments')->whereBelongsTo($user)->latest()->paginate(15);",
        t(r"""
            $stmt = $pdo->prepare('SELECT * FROM products WHERE category_id = :cat AND price <= :max');
            $stmt->execute(['cat' => $categoryId, 'max' => $maxPrice]);
            $rows = $stmt->fetchAll(PDO::FETCH_ASSOC);
            """),
        "@dataclass(frozen=True, slots=True)\nclass Point:\n    x: float\n    y: float\n\n    def __add__(self, other: \"Point\") -> \"Point\":\n        return Point(self.x + other.x, self.y + other.y)",
        'monthly = df.groupby(["region", pd.Grouper(key="date", freq="M")])["net"].sum().unstack(fill_value=0)',
        "pip install \"fastapi[all]==0.110.0\" 'uvicorn[standard]>=0.29'",
        '@app.get("/items/{item_id}")\nasync def read_item(item_id: int, q: str | None = None, db: Session = Depends(get_db)):\n    item = db.get(Item, item_id)\n    if item is None:\n        raise HTTPException(status_code=404, detail="Item not found")\n    return item',
        "h = hashlib.sha256()\nwith open(path, \"rb\") as f:\n    while (chunk := f.read(8192)):\n        h.update(chunk)\nprint(h.hexdigest())",
        "sql = <<~SQL\n  SELECT id, name\n  FROM accounts\n  WHERE plan = 'pro'\n    AND trial_ends_at < NOW()\nSQL\nAccount.find_by_sql(sql)",
        "def with_timing(label)\n  started = Process.clock_gettime(Process::CLOCK_MONOTONIC)\n  yield\nensure\n  Rails.logger.info(\"#{label} took #{(Process.clock_gettime(Process::CLOCK_MONOTONIC) - started).round(3)}s\")\nend",
        "bundle exec rails db:migrate RAILS_ENV=staging",
        "composer require guzzlehttp/guzzle:^7.8 --with-all-dependencies",
        "php artisan make:model Invoice -mcr && php artisan migrate --seed",
        'EMAIL = re.compile(r"(?P<user>[\\w.+-]+)@(?P<host>[\\w-]+\\.[\\w.]+)")',
        "def chunks(xs: Sequence[T], n: int) -> Iterator[list[T]]:\n    for i in range(0, len(xs), n):\n        yield list(xs[i:i + n])",
        "async def main():\n    async with httpx.AsyncClient(timeout=10) as client:\n        results = await asyncio.gather(*(client.get(u) for u in urls), return_exceptions=True)\n    for url, r in zip(urls, results):\n        print(url, getattr(r, \"status_code\", r))",
        '@pytest.fixture\ndef config_file(tmp_path):\n    p = tmp_path / "config.toml"\n    p.write_text(\'[server]\\nport = 8080\\n\')\n    return p',
        'BASE_DIR = Path(__file__).resolve().parent.parent\nTEMPLATES[0]["DIRS"] = [BASE_DIR / "templates"]\nSTATIC_ROOT = BASE_DIR / "staticfiles"',
        "<ul>\n{% for item in cart.items %}\n  <li>{{ item.name }} × {{ item.qty }} = {{ '%.2f'|format(item.qty * item.price) }}</li>\n{% else %}\n  <li>Your cart is empty.</li>\n{% endfor %}\n</ul>",
        "$names = array_map(fn($u) => $u['name'], array_filter($users, fn($u) => $u['active'] && !$u['banned']));",
        "$label = match(true) {\n    $score >= 90 => 'A',\n    $score >= 75 => 'B',\n    default => 'C',\n};",
        "$html = <<<HTML\n<p>Hallo {$user->firstName},</p>\n<p>Ihre Bestellung {$order->number} wurde versandt.</p>\nHTML;",
        '"Hello #{user.first_name}, you have #{count} new #{"message".pluralize(count)}"',
        '<%= link_to "Edit", edit_post_path(@post), class: "btn btn-sm" if policy(@post).update? %>',
        'parser = argparse.ArgumentParser(prog="sync")\nparser.add_argument("--since", type=date.fromisoformat)\nparser.add_argument("paths", nargs="+")\nargs = parser.parse_args()',
        "<a href=\"{% url 'orders:detail' order.pk %}\">#{{ order.number }}</a> – {{ order.total|floatformat:2 }} {{ order.currency }}",
        'with open(path, encoding="utf-8") as fh:\n    data = json.load(fh)',
        'for i in range(1, 101):\n    out = ""\n    if i % 3 == 0:\n        out += "Fizz"\n    if i % 5 == 0:\n        out += "Buzz"\n    print(out or i)',
        "index = {p.sku: p for p in products if p.stock > 0}\nmissing = [line.sku for line in order.lines if line.sku not in index]",
        "Point = Struct.new(:x, :y) do\n  def +(other) = Point.new(x + other.x, y + other.y)\nend",
        "expect { service.call(params) }.to change(Order, :count).by(1).and have_enqueued_job(SendReceiptJob)",
        "$request->validate([\n    'email' => 'required|email|unique:users,email',\n    'age' => 'nullable|integer|min:18',\n    'avatar' => 'image|max:2048',\n]);",
        'def __repr__(self) -> str:\n    return f"<Point x={self.x} y={self.y}>"',
        "python -m venv .venv && source .venv/bin/activate && pip install -r requirements.txt",
        "# Calcula el total con IVA (21 %) y redondea a dos decimales\ntotal = round(subtotal * Decimal(\"1.21\"), 2)",
        "$page = filter_input(INPUT_GET, 'page', FILTER_VALIDATE_INT, ['options' => ['default' => 1, 'min_range' => 1]]);",
        "<h1><?= htmlspecialchars($title, ENT_QUOTES | ENT_HTML5, 'UTF-8') ?></h1>",
        'n = session.execute(text("SELECT count(*) FROM events WHERE kind = :kind AND ts >= :since"), {"kind": kind, "since": since}).scalar_one()',
        'flags = getattr(settings, "FEATURE_FLAGS", {})\nif flags.get("new_checkout", False):\n    return redirect("checkout:v2")',
        "Python の `defaultdict(list)` と `dict.setdefault(k, []).append(v)` はどちらが速いですか？10万件程度のグルーピングです。",
        "class Invoice < ApplicationRecord\n  belongs_to :customer\n  has_many :lines, dependent: :destroy\n  scope :overdue, -> { where(paid_at: nil).where(\"due_on < ?\", Date.current) }\nend",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        e = pick(ENTITIES)
        if kind == 0:
            return "%s.objects.filter(%s__%s=%s).%s" % (e, pick(["status", "country", "created", "owner__email"]), pick(["exact", "gte", "in", "icontains"]),
                                                        pick(["value", "since", "[\"DE\", \"AT\"]", "request.user.email", "'paid'"]), pick(["count()", "exists()", "values_list(\"id\", flat=True)", "select_related(\"customer\")[:20]"]))
        if kind == 1:
            return "%s.where(%s).order(%s).pluck(%s)" % (e, pick(["status: :open", "\"total > ?\", 100", "country: %w[DE AT CH]", "archived_at: nil"]),
                                                        pick([":created_at", "created_at: :desc", ":id"]), pick([":id", ":email", ":id, :total"]))
        if kind == 2:
            return "$%s = %s::query()->where('%s', %s)->%s;" % (e.lower() + "s", e, pick(["status", "country", "user_id"]), pick(["'open'", "$request->user()->id", "'DE'"]),
                                                              pick(["get()", "count()", "firstOrFail()", "pluck('id')"]))
        if kind == 3:
            return "pip install %s==%s" % (pick(["requests", "sqlalchemy", "django", "pydantic", "celery", "numpy", "httpx"]), pick(VERSIONS))
        if kind == 4:
            return "logger.%s(\"%s %%s for %%s in %%.1f ms\", %s, %s, elapsed * 1000)" % (
                pick(["info", "warning", "debug"]), pick(["processed", "skipped", "retried"]), pick(["len(batch)", "count", "n"]), pick(["tenant_id", "user.id", "job.name"]))
        return "def %s(%s: %s) -> %s:\n    return [x for x in %s if x.%s]" % (
            pick(["active_only", "visible", "paid"]), "items", pick(["list[Order]", "Iterable[Item]", "Sequence[User]"]), pick(["list[Order]", "list[Item]", "list[User]"]), "items",
            pick(["active", "visible", "paid", "is_valid()"]))
    return fill(lit, gen)


# ================================================================ javascript-ts
def javascript_ts():
    lit = [
        t(r"""
            export function Counter({ initial = 0 }) {
              const [n, setN] = useState(initial);
              return (
                <button className="btn" onClick={() => setN(n + 1)}>
                  Clicked {n} times
                </button>
              );
            }
            """),
        '<li v-for="item in items" :key="item.id" v-if="!item.hidden">{{ item.title }}</li>',
        '<tr *ngFor="let row of rows; trackBy: trackById" [class.selected]="row.id === selectedId" (click)="select(row)">\n  <td>{{ row.name | titlecase }}</td>\n  <td>{{ row.amount | currency:\'EUR\' }}</td>\n</tr>',
        "{#each todos as todo (todo.id)}\n  <label><input type=\"checkbox\" bind:checked={todo.done}> {todo.text}</label>\n{/each}",
        t(r"""
            const res = await fetch(`/api/search?q=${encodeURIComponent(query)}&page=${page}`, {
              headers: { Accept: 'application/json' },
              signal: controller.signal,
            });
            if (!res.ok) throw new Error(`HTTP ${res.status}`);
            const { items, total } = await res.json();
            """),
        "document.querySelector('#menu-toggle').addEventListener('click', () => nav.classList.toggle('open'));",
        "const slug = title.toLowerCase().normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');",
        '"scripts": {\n  "dev": "vite",\n  "build": "tsc -b && vite build",\n  "lint": "eslint . --ext .ts,.tsx --max-warnings 0",\n  "test": "vitest run --coverage"\n}',
        "type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };",
        "import { readFile } from 'node:fs/promises';\nconst cfg = JSON.parse(await readFile(new URL('./config.json', import.meta.url), 'utf8'));",
        "app.get('/api/users/:id', async (req, res, next) => {\n  try {\n    const user = await users.byId(req.params.id);\n    if (!user) return res.status(404).json({ error: 'not found' });\n    res.json(user);\n  } catch (e) { next(e); }\n});",
        "const results = await Promise.allSettled(ids.map(id => api.get(`/items/${id}`)));\nconst failed = results.filter(r => r.status === 'rejected').map(r => r.reason.message);",
        "npm i -D @types/node typescript@5.4 && npx tsc --init --strict",
        "const city = order?.shipping?.address?.city ?? 'n/a';",
        "const totals = lines.reduce((acc, { sku, qty, price }) => ({ ...acc, [sku]: (acc[sku] ?? 0) + qty * price }), {});",
        "useEffect(() => {\n  const id = setInterval(tick, 1000);\n  return () => clearInterval(id);\n}, [tick]);",
        "export default [\n  js.configs.recommended,\n  { files: ['**/*.ts'], rules: { 'no-unused-vars': 'off', '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] } },\n];",
        "new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }).format(1234.5) // \"1.234,50 €\"",
        "class Counter {\n  #count = 0;\n  static #instances = 0;\n  constructor() { Counter.#instances++; }\n  inc() { return ++this.#count; }\n}",
        "function debounce(fn, ms = 250) {\n  let t;\n  return (...args) => { clearTimeout(t); t = setTimeout(() => fn.apply(this, args), ms); };\n}",
        "export async function getServerSideProps({ params, query }) {\n  const post = await getPost(params.slug, { preview: query.preview === '1' });\n  return post ? { props: { post } } : { notFound: true };\n}",
        "window.addEventListener('message', (e) => {\n  if (e.origin !== 'https://app.example.com') return;\n  handleMessage(e.data);\n});",
        "localStorage.setItem('prefs', JSON.stringify({ theme: 'dark', lang: 'ja', density: 'compact' }));",
        "const isEmail = (s: string) => /^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$/.test(s);",
        "enum Role { Viewer = 'viewer', Editor = 'editor', Admin = 'admin' }\nfunction can<T extends { role: Role }>(u: T, action: keyof typeof rules): boolean { return rules[action].includes(u.role); }",
        "async function* paginate(url) {\n  while (url) {\n    const res = await fetch(url);\n    const body = await res.json();\n    yield* body.items;\n    url = body.next;\n  }\n}",
        t(r"""
            <script setup lang="ts">
            import { ref, computed } from 'vue'
            const count = ref(0)
            const double = computed(() => count.value * 2)
            </script>

            <template>
              <button @click="count++">{{ count }} / {{ double }}</button>
            </template>
            """),
        "$('#note-form').on('submit', function (e) {\n  e.preventDefault();\n  $.post('/api/notes', $(this).serialize()).done(() => location.reload());\n});",
        "const clean = Object.fromEntries(Object.entries(obj).filter(([, v]) => v != null && v !== ''));",
        "execFile('convert', [input, '-resize', '800x', '-strip', output], (err, stdout, stderr) => {\n  if (err) return reject(new Error(stderr));\n  resolve(output);\n});",
        "module.exports = {\n  entry: './src/index.ts',\n  module: { rules: [{ test: /\\.tsx?$/, use: 'ts-loader', exclude: /node_modules/ }] },\n  resolve: { extensions: ['.tsx', '.ts', '.js'] },\n  output: { filename: '[name].[contenthash].js', path: path.resolve(__dirname, 'dist') },\n};",
        "bun run --watch src/index.ts",
        "test('parses groups', () => {\n  expect(parse('1,2;3')).toEqual([[1, 2], [3]]);\n  expect(() => parse('1,,2')).toThrow(/empty value/);\n});",
        "// 全角スペースも区切りとして扱う\nconst tokens = input.split(/[\\s\\u3000]+/).filter(Boolean);",
        "const users = await prisma.user.findMany({\n  where: { email: { endsWith: '@example.com' }, posts: { some: { published: true } } },\n  include: { posts: true },\n  orderBy: { createdAt: 'desc' },\n});",
        "const editors = await User.find({ age: { $gte: 18 }, roles: { $in: ['editor', 'admin'] } }).sort({ createdAt: -1 }).limit(20).lean();",
        "@Component({\n  selector: 'app-order-list',\n  standalone: true,\n  imports: [CommonModule, RouterLink],\n  templateUrl: './order-list.component.html',\n})\nexport class OrderListComponent { @Input() orders: Order[] = []; }",
        "const Button = styled.button`\n  padding: 0.5rem 1rem;\n  color: ${({ theme }) => theme.colors.primary};\n  &:hover { opacity: 0.8; }\n`;",
        "const squares = Array.from({ length: 5 }, (_, i) => i ** 2); // [0, 1, 4, 9, 16]",
        "navigator.clipboard.writeText(codeBlock.innerText).then(() => toast('Copied!'), () => toast('Copy failed'));",
        "this.results$ = this.query.valueChanges.pipe(debounceTime(300), distinctUntilChanged(), switchMap(q => this.api.search(q)), catchError(() => of([])));",
        "const price = text.match(/(?<=\\$)\\d+(?:\\.\\d{2})?/)?.[0];",
        "Hint: `arr.sort()` compares elements as strings, so `[10, 9, 1].sort()` returns `[1, 10, 9]`. Pass a comparator: `arr.sort((a, b) => a - b)`.",
        "await pipeline(fs.createReadStream('in.csv'), parse({ columns: true }), transform, stringify({ header: true }), fs.createWriteStream('out.csv'));",
        "const apiUrl = import.meta.env.VITE_API_URL ?? 'http://localhost:3000';",
        "type ListProps<T> = { items: T[]; render: (item: T) => React.ReactNode; keyOf: (item: T) => string };\nexport function List<T>({ items, render, keyOf }: ListProps<T>) {\n  return <ul>{items.map(i => <li key={keyOf(i)}>{render(i)}</li>)}</ul>;\n}",
        "{items.length > 0 ? (\n  <ul>{items.map(i => <Item key={i.id} {...i} onSelect={() => setSelected(i.id)} />)}</ul>\n) : (\n  <p className=\"empty\">Nothing here yet.</p>\n)}",
        "const [{ data, error }, refetch] = useAxios({ url: `/api/orders/${id}`, method: 'GET' }, { manual: !id });",
        "process.on('SIGTERM', async () => { await server.close(); await db.end(); process.exit(0); });",
        "<input v-model.trim=\"form.email\" type=\"email\" :class=\"{ invalid: v$.email.$error }\" @blur=\"v$.email.$touch()\" />",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        e = pick(ENTITIES)
        if kind == 0:
            return "const %s = %ss.filter(x => x.%s %s).map(x => x.%s);" % (
                pick(["visible", "open", "recent", "ids"]), e.lower(), pick(["status", "total", "createdAt", "deleted"]), pick(["=== 'open'", "> 0", ">= since", "!== true"]), pick(["id", "name", "email"]))
        if kind == 1:
            return "npm %s" % pick(["i %s@%s" % (pick(["react", "zod", "date-fns", "axios", "vite", "express"]), pick(VERSIONS)), "run %s -- --%s" % (pick(["test", "build", "lint"]), pick(["watch", "fix", "mode=production"])),
                                    "ls %s" % pick(["react", "typescript", "@types/node"]), "audit --omit=dev", "pkg set type=module"])
        if kind == 2:
            return "export interface %s { id: string; %s: %s; %s?: %s }" % (
                e, pick(["name", "title", "total"]), pick(["string", "number"]), pick(["note", "tags", "discount"]), pick(["string", "string[]", "number | null"]))
        if kind == 3:
            return "<%s %s={%s} %s={() => %s(%s.id)} />" % (
                pick(["Row", "Card", "ListItem"]), pick(["item", "data", e.lower()]), e.lower(), pick(["onClick", "onSelect", "onDelete"]), pick(["select", "remove", "open"]), e.lower())
        if kind == 4:
            return "router.%s('/%ss/:id', %s, %sController.%s);" % (pick(["get", "post", "patch", "delete"]), e.lower(), pick(["auth()", "requireRole('admin')", "rateLimit({ max: 20 })"]), e.lower(), pick(["show", "update", "destroy"]))
        return "const { data } = await axios.%s(`/api/%ss/${%s}`%s);" % (pick(["get", "delete", "put"]), e.lower(), pick(["id", "route.params.id", "selected"]), pick(["", ", { timeout: 5000 }", ", payload"]))
    return fill(lit, gen)


# ================================================================= sql-in-code
def sql_in_code():
    lit = [
        'cur.execute("SELECT id, total FROM orders WHERE customer_id = %s AND created_at >= %s", (cid, since))',
        'rows, err := db.QueryContext(ctx, `SELECT id, title FROM posts WHERE author_id = $1 AND published_at < $2 ORDER BY published_at DESC LIMIT $3`, authorID, before, limit)',
        "await pool.query('UPDATE accounts SET balance = balance - $1 WHERE id = $2 AND balance >= $1', [amount, id]);",
        'db.execute(text("DELETE FROM sessions WHERE expires_at < :now"), {"now": utcnow()})',
        t(r"""
            Hibernate 6 generates this for a simple `findByStatus(status, PageRequest.of(0, 20))`:

            ```
            select o1_0.id,o1_0.created_at,o1_0.status,o1_0.total from orders o1_0 where o1_0.status=? order by o1_0.created_at desc offset ? rows fetch first ? rows only
            ```

            That works on SQL Server 2019, but the count query it runs afterwards has no `where` clause, so `totalElements` is wrong.
            """),
        t(r"""
            -- V12__add_invoice_numbers.sql
            ALTER TABLE invoices ADD COLUMN number varchar(32);
            UPDATE invoices SET number = 'INV-' || lpad(id::text, 8, '0') WHERE number IS NULL;
            ALTER TABLE invoices ALTER COLUMN number SET NOT NULL;
            CREATE UNIQUE INDEX invoices_number_key ON invoices (number);
            """),
        "SELECT customer_id, order_id, total,\n       SUM(total) OVER (PARTITION BY customer_id ORDER BY created_at ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total\nFROM orders;",
        "WITH ranked AS (\n  SELECT *, ROW_NUMBER() OVER (PARTITION BY email ORDER BY updated_at DESC) AS rn\n  FROM contacts\n)\nSELECT id, email, name FROM ranked WHERE rn = 1;",
        'User.where("lower(email) = ?", params[:email].to_s.downcase).first',
        "const rows = await knex('users').where('created_at', '>', since).whereIn('role', roles).select('id', 'email').orderBy('id');",
        "WITH RECURSIVE tree AS (\n  SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL\n  UNION ALL\n  SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id\n)\nSELECT * FROM tree ORDER BY depth, name;",
        "$active = DB::select('select id, name from users where active = ? and country = ?', [1, 'DE']);",
        'try (PreparedStatement ps = conn.prepareStatement("INSERT INTO audit_log(user_id, action, at) VALUES (?, ?, ?)")) {\n    for (AuditEvent e : batch) {\n        ps.setLong(1, e.userId()); ps.setString(2, e.action()); ps.setTimestamp(3, Timestamp.from(e.at()));\n        ps.addBatch();\n    }\n    ps.executeBatch();\n}',
        "INSERT INTO kv(key, value, updated_at) VALUES(?, ?, strftime('%s','now')) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at;",
        "INSERT INTO page_views (page_id, day, views) VALUES (?, CURDATE(), 1) ON DUPLICATE KEY UPDATE views = views + 1;",
        "SELECT data->>'email' AS email, count(*) FROM events WHERE data @> '{\"type\": \"signup\"}' AND created_at > now() - interval '7 days' GROUP BY 1 ORDER BY 2 DESC;",
        t(r"""
            EXPLAIN (ANALYZE, BUFFERS) output for the slow search endpoint:

            Limit  (cost=0.43..812.55 rows=20 width=64) (actual time=1840.117..1840.162 rows=20 loops=1)
              ->  Index Scan Backward using orders_created_at_idx on orders  (cost=0.43..40615.20 rows=1000 width=64)
                    Filter: ((status)::text = 'open'::text)
                    Rows Removed by Filter: 912344
            Planning Time: 0.211 ms
            Execution Time: 1840.201 ms

            A partial index `ON orders (created_at) WHERE status = 'open'` brings it to 3 ms.
            """),
        "MERGE INTO dbo.Stock AS t\nUSING (SELECT @Sku AS Sku, @Qty AS Qty) AS s ON t.Sku = s.Sku\nWHEN MATCHED THEN UPDATE SET t.Qty = t.Qty + s.Qty\nWHEN NOT MATCHED THEN INSERT (Sku, Qty) VALUES (s.Sku, s.Qty);",
        "Bug: `ReportRepository.monthlyTotals()` double counts refunds. The query is\n`SELECT month, SUM(amount) FROM (SELECT date_trunc('month', paid_at) AS month, amount FROM payments UNION ALL SELECT date_trunc('month', refunded_at), -amount FROM refunds) x GROUP BY month`\nbut `payments.amount` is already net of refunds since migration 41.",
        'op.add_column("users", sa.Column("locale", sa.String(8), nullable=False, server_default="en"))\nop.create_index("ix_users_locale", "users", ["locale"])',
        t(r"""
            SORTABLE = {"name": "name", "created": "created_at", "price": "price_cents"}
            column = SORTABLE.get(sort, "created_at")
            direction = "DESC" if desc else "ASC"
            sql = f"SELECT id, name FROM products ORDER BY {column} {direction} LIMIT %s OFFSET %s"
            cur.execute(sql, (limit, offset))
            """),
        "-- 0007_roles.sql\nCREATE ROLE app_rw NOLOGIN;\nGRANT USAGE ON SCHEMA app TO app_rw;\nGRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA app TO app_rw;\nALTER DEFAULT PRIVILEGES IN SCHEMA app GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO app_rw;",
        "-- +goose Up\nCREATE TABLE tmp_import (id bigint PRIMARY KEY, payload jsonb NOT NULL);\n\n-- +goose Down\nDROP TABLE IF EXISTS tmp_import;",
        "UPDATE jobs SET state = 'running', locked_at = now()\nWHERE id = (SELECT id FROM jobs WHERE state = 'queued' ORDER BY priority DESC, id FOR UPDATE SKIP LOCKED LIMIT 1)\nRETURNING id, payload;",
        "cur.execute(\"SELECT name FROM tags WHERE name LIKE ? ESCAPE '\\\\'\", (escape_like(prefix) + '%',))",
        'var rows = await conn.QueryAsync<Sale>("SELECT * FROM Sales WHERE StoreId = @storeId AND SoldAt BETWEEN @from AND @to", new { storeId, from, to });',
        "SELECT * FROM (\n  SELECT t.*, ROWNUM rn FROM (SELECT id, name FROM employees ORDER BY hire_date) t WHERE ROWNUM <= :hi\n) WHERE rn > :lo",
        "\\copy (SELECT id, email, created_at FROM users WHERE created_at >= '2024-01-01') TO 'users_2024.csv' WITH (FORMAT csv, HEADER)",
        "SELECT id, CASE WHEN total >= 500 THEN 'gold' WHEN total >= 100 THEN 'silver' ELSE 'bronze' END AS tier FROM customers;",
        "Result<Record2<String, BigDecimal>> r = ctx.select(CUSTOMER.NAME, sum(ORDER.TOTAL)).from(CUSTOMER).join(ORDER).on(ORDER.CUSTOMER_ID.eq(CUSTOMER.ID)).groupBy(CUSTOMER.NAME).fetch();",
        'let user = sqlx::query_as!(User, "SELECT id, name, email FROM users WHERE id = $1", id).fetch_optional(&pool).await?;',
        "-- name: ListAuthorsByCountry :many\nSELECT id, name, bio FROM authors\nWHERE country = sqlc.arg(country)\nORDER BY name;",
        '<select id="findById" resultType="com.example.User">\n  SELECT id, name, email FROM users WHERE id = #{id}\n</select>',
        "const posts = await Post.findAll({ where: { [Op.or]: [{ authorId: userId }, { visibility: 'public' }], deletedAt: null }, limit: 20 });",
        'migrations.RunSQL(\n    "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_order_tenant_created ON shop_order (tenant_id, created DESC);",\n    reverse_sql="DROP INDEX CONCURRENTLY IF EXISTS ix_order_tenant_created;",\n)',
        "SELECT column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'app' AND table_name = 'orders' ORDER BY ordinal_position;",
        "SELECT * FROM orders USE INDEX (idx_orders_customer_created) WHERE customer_id = ? ORDER BY created_at DESC LIMIT 20;",
        "-- 统计每个城市最近30天的订单数\nSELECT city, COUNT(*) AS 订单数 FROM orders WHERE created_at >= CURRENT_DATE - INTERVAL '30 days' GROUP BY city;",
        "CREATE PROCEDURE dbo.ArchiveOrders @Before date AS\nBEGIN\n  SET NOCOUNT ON;\n  INSERT INTO archive.Orders SELECT * FROM dbo.Orders WHERE CreatedAt < @Before;\n  DELETE FROM dbo.Orders WHERE CreatedAt < @Before;\nEND",
        'spark.sql("SELECT country, approx_count_distinct(user_id) AS users FROM events WHERE dt BETWEEN \'2024-05-01\' AND \'2024-05-31\' GROUP BY country").show()',
        "SELECT user_id FROM `analytics.sessions` WHERE session_start >= @start AND country IN UNNEST(@countries)",
        "SELECT COUNT(*) FILTER (WHERE status = 'failed') AS failed, COUNT(*) AS total FROM deployments WHERE created_at > now() - interval '1 day';",
        "SELECT u.id, last.* FROM users u CROSS JOIN LATERAL (SELECT total, created_at FROM orders o WHERE o.user_id = u.id ORDER BY created_at DESC LIMIT 3) last;",
        "CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;",
        "SELECT email, COUNT(*) FROM users GROUP BY email HAVING COUNT(*) > 1;",
        "SELECT d::date AS day, COALESCE(SUM(o.total), 0) AS revenue\nFROM generate_series(date '2024-06-01', date '2024-06-30', interval '1 day') d\nLEFT JOIN orders o ON o.created_at::date = d::date\nGROUP BY 1 ORDER BY 1;",
        "PRAGMA foreign_keys = ON;\nPRAGMA journal_mode = WAL;",
        "Question: is `cursor.execute(\"SELECT * FROM t WHERE id IN (%s)\" % \",\".join([\"%s\"] * len(ids)), ids)` safe? The outer `%` only inserts placeholders, the values still go through the driver, right?",
        "with conn.cursor() as cur:\n    cur.executemany(\"INSERT INTO readings (sensor_id, ts, value) VALUES (%(sensor)s, %(ts)s, %(value)s)\", rows)",
    ]

    tables = ["orders", "customers", "invoices", "shipments", "tickets", "payments", "users", "lessons"]
    cols = ["status", "created_at", "country", "total", "email", "due_date", "priority"]

    def gen():
        kind = RNG.randint(0, 5)
        tb, c = pick(tables), pick(cols)
        if kind == 0:
            return 'cur.execute("SELECT id, %s FROM %s WHERE %s = %%s ORDER BY id LIMIT %%s", (%s, limit))' % (pick(cols), tb, c, pick(["value", "status", "country", "email"]))
        if kind == 1:
            return "const { rows } = await client.query('SELECT * FROM %s WHERE %s = $1 AND tenant_id = $2', [%s, tenantId]);" % (tb, c, pick(["value", "status", "req.query.country"]))
        if kind == 2:
            return "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_%s_%s ON %s (%s%s);" % (tb, c, tb, c, pick(["", ", id", " DESC"]))
        if kind == 3:
            return "ALTER TABLE %s ADD COLUMN %s %s%s;" % (tb, pick(["archived_at", "locale", "external_ref", "notes", "version"]), pick(["timestamptz", "varchar(16)", "text", "integer"]), pick(["", " NOT NULL DEFAULT 0", " NULL"]))
        if kind == 4:
            return "SELECT %s, COUNT(*) AS n FROM %s WHERE created_at >= :since GROUP BY %s ORDER BY n DESC LIMIT :limit" % (c, tb, c)
        return "%s.objects.raw('SELECT * FROM app_%s WHERE %s = %%s', [%s])" % (pick(ENTITIES), tb.rstrip("s"), c, pick(["value", "status", "country"]))
    return fill(lit, gen)


# ============================================================== shell-and-build
def shell_and_build():
    lit = [
        t(r"""
            #!/usr/bin/env bash
            set -euo pipefail

            ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
            tmpdir="$(mktemp -d)"
            trap 'rm -rf "$tmpdir"' EXIT

            for f in "$ROOT"/migrations/*.sql; do
              echo "applying ${f##*/}"
              psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f "$f"
            done
            """),
        t(r"""
            .PHONY: build test lint

            VERSION := $(shell git describe --tags --always --dirty)

            build:
            <TAB>go build -ldflags "-X main.version=$(VERSION)" -o bin/app ./cmd/app

            test:
            <TAB>go test ./... -cover
            """),
        t(r"""
            FROM node:20-alpine AS build
            WORKDIR /app
            COPY package*.json ./
            RUN npm ci
            COPY . .
            RUN npm run build

            FROM nginx:1.27-alpine
            COPY --from=build /app/dist /usr/share/nginx/html
            EXPOSE 80
            """),
        t(r"""
            - name: Publish image
              if: github.ref == 'refs/heads/main'
              run: |
                echo "${{ secrets.REGISTRY_TOKEN }}" | docker login ghcr.io -u "${{ github.actor }}" --password-stdin
                docker build -t ghcr.io/${{ github.repository }}:${{ github.sha }} .
                docker push ghcr.io/${{ github.repository }}:${{ github.sha }}
            """),
        t(r"""
            test:
              stage: test
              image: python:3.12
              script:
                - pip install -r requirements-dev.txt
                - pytest -q --junitxml=report.xml
              artifacts:
                reports:
                  junit: report.xml
              rules:
                - if: $CI_PIPELINE_SOURCE == "merge_request_event"
            """),
        "Get-ChildItem -Path .\\src -Recurse -Filter *.csproj | ForEach-Object { dotnet build $_.FullName -c Release --nologo }",
        "find /var/log/myapp -name '*.log' -mtime +14 -print -delete",
        "tar -czf backup-$(date +%F).tar.gz --exclude='*.tmp' /var/www/html",
        'docker run --rm -it -v "$PWD":/app -w /app -e NODE_ENV=test node:20 npm ci',
        "kubectl rollout restart deployment/api -n prod && kubectl rollout status deployment/api -n prod --timeout=120s",
        "git ls-files -z '*.py' | xargs -0 black --check",
        "sudo apt-get update && sudo apt-get install -y --no-install-recommends build-essential libssl-dev pkg-config",
        "brew install --cask temurin@21 && /usr/libexec/java_home -V",
        'for f in *.png; do convert "$f" -resize 50% "thumbs/${f%.png}.jpg"; done',
        "awk -F, 'NR > 1 { sum[$3] += $5 } END { for (k in sum) printf \"%s\\t%.2f\\n\", k, sum[k] }' sales.csv | sort -t$'\\t' -k2 -nr",
        "sed -i.bak -E 's/^version = \"[^\"]+\"/version = \"1.4.0\"/' pyproject.toml",
        t(r"""
            pipeline {
              agent { docker { image 'maven:3.9-eclipse-temurin-21' } }
              stages {
                stage('Build') { steps { sh 'mvn -B -ntp verify' } }
                stage('Deploy') {
                  when { branch 'main' }
                  steps { sh "./deploy.sh ${env.BUILD_NUMBER}" }
                }
              }
            }
            """),
        t(r"""
            services:
              db:
                image: postgres:16
                environment:
                  POSTGRES_PASSWORD: example-only
                volumes:
                  - pgdata:/var/lib/postgresql/data
              api:
                build: .
                depends_on: [db]
                ports: ["8080:8080"]
                environment:
                  DATABASE_URL: postgres://postgres:example-only@db:5432/postgres
            volumes:
              pgdata: {}
            """),
        "ssh -N -L 5432:localhost:5432 deploy@bastion.example.com",
        "nohup ./worker --queue emails > worker.log 2>&1 &",
        "0 3 * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1",
        '$env:ASPNETCORE_ENVIRONMENT = "Development"; dotnet run --project .\\src\\Shop.Api',
        "rsync -avz --delete --exclude '.git' --exclude 'node_modules' ./dist/ deploy@web01.example.com:/srv/www/site/",
        'services=(api worker scheduler)\necho "deploying ${#services[@]} services to ${TARGET_ENV:-staging}"\nfor s in "${services[@]}"; do helm upgrade --install "$s" ./charts/"$s" -f values/"${TARGET_ENV:-staging}".yaml; done',
        "git bisect start\ngit bisect bad HEAD\ngit bisect good v2.3.0\ngit bisect run npm test -- --silent",
        "corepack enable && pnpm install --frozen-lockfile && pnpm -r --filter './packages/**' build",
        "@echo off\nset PATH=%PATH%;C:\\tools\\bin\nmsbuild Shop.sln /p:Configuration=Release /m /v:minimal\nif %ERRORLEVEL% neq 0 exit /b %ERRORLEVEL%",
        "helm upgrade --install web ./chart -n shop --set image.tag=$(git rev-parse --short HEAD) --set ingress.hosts[0].host=shop.example.com --wait",
        "terraform plan -var-file=env/prod.tfvars -out=tfplan && terraform show -no-color tfplan > plan.txt",
        'while IFS= read -r host; do\n  printf "%-30s " "$host"\n  timeout 3 bash -c "</dev/tcp/$host/443" && echo open || echo closed\ndone < hosts.txt',
        "chmod +x ./scripts/*.sh && ./scripts/bootstrap.sh --env dev --skip-seed",
        "bazel test //services/payments/... --test_output=errors --config=ci",
        "grep -rn --include='*.go' 'TODO\\|FIXME' . | wc -l",
        'journalctl -u nginx --since "1 hour ago" --no-pager | grep -iE "error|crit" | tail -n 50',
        'openssl req -x509 -newkey rsa:4096 -sha256 -nodes -keyout key.pem -out cert.pem -days 365 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost,IP:127.0.0.1"',
        "cat <<'EOF' > .env.local\nDATABASE_URL=postgres://dev:dev@localhost:5432/dev\nREDIS_URL=redis://localhost:6379/0\nEOF",
        "du -sh -- */ 2>/dev/null | sort -h | tail -n 5",
        "trigger:\n  branches:\n    include: [ main, release/* ]\npool:\n  vmImage: ubuntu-latest\nsteps:\n  - task: UseDotNet@2\n    inputs: { version: '8.x' }\n  - script: dotnet test --configuration Release --collect:\"XPlat Code Coverage\"",
        "env | grep '^AWS_' | cut -d= -f1",
        "repos:\n  - repo: https://github.com/astral-sh/ruff-pre-commit\n    rev: v0.4.4\n    hooks:\n      - id: ruff\n        args: [--fix]\n      - id: ruff-format",
        'Invoke-WebRequest -Uri "https://downloads.example.com/tools/cli-1.2.0.zip" -OutFile "$env:TEMP\\cli.zip"; Expand-Archive "$env:TEMP\\cli.zip" -DestinationPath "C:\\tools\\cli" -Force',
        'export PATH="$HOME/.local/bin:$HOME/go/bin:$PATH"',
        "ln -sfn /opt/app/releases/20240601-1432 /opt/app/current && systemctl reload app",
        "docker build --build-arg NODE_VERSION=20 -t registry.example.com/shop/web:$(git rev-parse --short HEAD) .",
        'if [[ -z "${CI:-}" ]]; then\n  echo "local run, using .env"\n  set -a; source .env; set +a\nfi',
        "server {\n    listen 443 ssl http2;\n    server_name shop.example.com;\n    location /api/ {\n        proxy_pass http://127.0.0.1:8080/;\n        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n    }\n}",
        "ps -eo pid,ppid,%cpu,%mem,cmd --sort=-%cpu | head -n 15",
        "# Windows-Build schlägt fehl, weil der Pfad Umlaute enthält:\ncd \"C:\\Users\\jürgen\\Projekte\\shop\"\n.\\gradlew.bat clean build --stacktrace",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        s = pick(SERVICES)
        if kind == 0:
            return "docker compose %s" % pick(["up -d --build %s" % s, "logs -f --tail=200 %s" % s, "exec %s sh" % s, "run --rm %s pytest -k %s" % (s, pick(["checkout", "refund", "login"]))])
        if kind == 1:
            return "kubectl %s -n %s" % (pick(["logs deploy/%s --since=15m" % s, "get pods -l app=%s -o wide" % s, "describe deploy %s" % s, "scale deploy/%s --replicas=%d" % (s, RNG.randint(1, 6)),
                                               "port-forward svc/%s %d:80" % (s, RNG.randint(8000, 9999))]), pick(["prod", "staging", "dev", "shop"]))
        if kind == 2:
            return "git %s" % pick(["rebase -i HEAD~%d" % RNG.randint(2, 9), "log --oneline --graph --decorate -n %d" % RNG.randint(5, 40), "checkout -b feature/%s-%s" % (s, pick(["retry", "metrics", "i18n"])),
                                     "cherry-pick -x %07x" % RNG.randint(0, 0xFFFFFFF), "tag -a v%s -m \"release %s\"" % ((pick(VERSIONS),) * 2)])
        if kind == 3:
            return "RUN apt-get update && apt-get install -y --no-install-recommends %s && rm -rf /var/lib/apt/lists/*" % " ".join(sorted(RNG.sample(["curl", "ca-certificates", "git", "tzdata", "libpq5", "tini", "unzip"], 3)))
        if kind == 4:
            return "      - name: %s\n        run: %s" % (pick(["Test", "Lint", "Build", "Typecheck"]), pick(["npm test -- --ci", "make lint", "go build ./...", "cargo test --locked", "./gradlew check"]))
        return "%s:\n\t%s" % (pick(["run", "fmt", "migrate", "seed"]), pick(["go run ./cmd/%s" % s, "gofmt -w .", "goose -dir migrations postgres \"$(DATABASE_URL)\" up", "python manage.py loaddata fixtures/%s.json" % s]))
    return fill(lit, gen)


# ============================================================ markup-and-styles
def markup_and_styles():
    lit = [
        t(r"""
            <form action="/account/settings" method="post" class="stack">
              <label for="display-name">Display name</label>
              <input id="display-name" name="display_name" type="text" maxlength="40" required>
              <button type="submit" class="btn btn-primary">Save</button>
            </form>
            """),
        ".layout {\n  display: grid;\n  grid-template-columns: minmax(12rem, 1fr) 3fr;\n  grid-template-areas: \"nav main\";\n  gap: var(--gap, 1rem);\n}\n@media (max-width: 48em) {\n  .layout { grid-template-columns: 1fr; grid-template-areas: \"main\" \"nav\"; }\n}",
        t(r"""
            @use "sass:math";
            $breakpoints: (sm: 576px, md: 768px, lg: 992px);

            @mixin up($bp) {
              @media (min-width: map-get($breakpoints, $bp)) { @content; }
            }

            .card {
              padding: math.div($spacer, 2);
              &:hover { box-shadow: 0 2px 8px rgba(#000, .15); }
              &__title { font-size: #{$base-size * 1.25}; }
              @include up(md) { padding: $spacer; }
            }
            """),
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true"><path d="M12 2 2 7l10 5 10-5-10-5z" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"/></svg>',
        t(r"""
            ## Steps to reproduce

            1. Install version 2.3.1
            2. Run:

               ```bash
               mytool sync --dry-run --config ./config.yaml
               ```

            3. See the error below.

            **Expected:** dry run prints the plan.
            **Actual:** it exits with code 2 and `unknown flag: --dry-run`.
            """),
        "The variance is \\( \\sigma^2 = \\frac{1}{n}\\sum_{i=1}^{n} (x_i - \\bar{x})^2 \\), but my MathJax renders the `\\bar{x}` as plain text. Is `\\overline{x}` the fix?",
        t(r"""
            <plugin>
              <groupId>org.apache.maven.plugins</groupId>
              <artifactId>maven-surefire-plugin</artifactId>
              <version>3.2.5</version>
              <configuration>
                <argLine>-Xmx1g -Duser.timezone=UTC</argLine>
                <excludes><exclude>**/*IT.java</exclude></excludes>
              </configuration>
            </plugin>
            """),
        t(r"""
            <system.webServer>
              <rewrite>
                <rules>
                  <rule name="SPA fallback" stopProcessing="true">
                    <match url=".*" />
                    <conditions logicalGrouping="MatchAll">
                      <add input="{REQUEST_FILENAME}" matchType="IsFile" negate="true" />
                      <add input="{REQUEST_URI}" pattern="^/api/" negate="true" />
                    </conditions>
                    <action type="Rewrite" url="/index.html" />
                  </rule>
                </rules>
              </rewrite>
            </system.webServer>
            """),
        '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n    <uses-permission android:name="android.permission.INTERNET" />\n    <application android:label="@string/app_name" android:usesCleartextTraffic="false">\n        <activity android:name=".MainActivity" android:exported="true">\n            <intent-filter>\n                <action android:name="android.intent.action.MAIN" />\n                <category android:name="android.intent.category.LAUNCHER" />\n            </intent-filter>\n        </activity>\n    </application>\n</manifest>',
        '<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">',
        ".form-row:has(input:invalid:not(:placeholder-shown)) label { color: var(--danger); }",
        '<a href="/docs/getting-started" target="_blank" rel="noopener noreferrer">Getting started</a>',
        '<img src="/img/logo@2x.png" alt="Acme logo" loading="lazy" decoding="async" width="120" height="40">',
        "Why doesn't my `<textarea>` show the new text when I set `el.innerText = ...` after the user has typed in it, but `el.value = ...` works?",
        "@font-face {\n  font-family: \"Inter\";\n  src: url(\"/fonts/Inter-var.woff2\") format(\"woff2\");\n  font-weight: 100 900;\n  font-display: swap;\n}",
        "<table class=\"data\">\n  <thead><tr><th scope=\"col\">Name</th><th scope=\"col\">Qty</th><th scope=\"col\">Price</th></tr></thead>\n  <tbody><tr><td>Espresso cups</td><td>4</td><td>€ 23,90</td></tr></tbody>\n</table>",
        '<Configuration status="WARN">\n  <Properties>\n    <Property name="logDir">${sys:user.home}/logs</Property>\n    <Property name="pattern">%d{HH:mm:ss.SSS} %-5level %c{1.} - %msg%n</Property>\n  </Properties>\n  <Appenders>\n    <RollingFile name="File" fileName="${logDir}/app.log" filePattern="${logDir}/app-%d{yyyy-MM-dd}.log.gz">\n      <PatternLayout pattern="${pattern}"/>\n      <TimeBasedTriggeringPolicy/>\n    </RollingFile>\n  </Appenders>\n</Configuration>',
        '<!DOCTYPE html>\n<html lang="ja">\n<head>\n  <meta charset="utf-8">\n  <title>注文履歴 | マイページ</title>\n  <link rel="stylesheet" href="/css/app.css">\n</head>',
        "| Option | Default | Description |\n|---|---|---|\n| `--port` | `8080` | Port to listen on |\n| `--log-level` | `info` | One of `debug`, `info`, `warn`, `error` |\n| `--config` | `./config.yaml` | Path to the config file |",
        "See the [migration guide](https://docs.example.com/v3/migration#breaking-changes) and the screenshot:\n\n![settings page after upgrade](https://user-images.example.com/1234/settings.png)",
        '<div class="flex items-center justify-between gap-4 rounded-lg border border-gray-200 p-4 hover:bg-gray-50 dark:border-gray-700 md:p-6">',
        "@keyframes spin { from { transform: rotate(0deg); } to { transform: rotate(360deg); } }\n.spinner { animation: spin 1s linear infinite; }\n@media (prefers-reduced-motion: reduce) { .spinner { animation: none; } }",
        "$themes: (light: #fff, dark: #121212);\n@each $name, $bg in $themes {\n  .theme-#{$name} { background: $bg; color: if(lightness($bg) > 50%, #222, #eee); }\n}",
        '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="Product demo" width="560" height="315" allow="encrypted-media; picture-in-picture" loading="lazy" allowfullscreen></iframe>',
        '<input type="email" name="email" autocomplete="email" pattern="[^@\\s]+@[^@\\s]+\\.[^@\\s]+" title="name@example.com" required>',
        "\\begin{tabular}{l r r}\n\\toprule\nModell & Parameter & Genauigkeit \\\\\n\\midrule\nBaseline & 1{,}2\\,M & 81{,}4\\,\\% \\\\\nOurs & 3{,}5\\,M & 86{,}9\\,\\% \\\\\n\\bottomrule\n\\end{tabular}",
        ".. code-block:: python\n   :linenos:\n\n   from mylib import Client\n   client = Client(api_key=\"...\")\n\n.. note:: The client is not thread-safe.",
        "[source,yaml]\n----\nserver:\n  port: 8080\n----\nNOTE: The port can be overridden with `SERVER_PORT`.",
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">\n<plist version="1.0">\n<dict>\n  <key>NSCameraUsageDescription</key>\n  <string>Scan receipts with the camera</string>\n</dict>\n</plist>',
        "RewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [L,R=301]\nRewriteRule ^blog/(.*)$ /news/$1 [R=301,L]",
        "blockquote::before { content: \"\\201C\"; font-size: 3em; line-height: 0; vertical-align: -0.4em; }",
        "Is `.card__title--large` correct BEM, or should the modifier go on the block, like `.card--large .card__title`? Our linter accepts both.",
        "<details>\n<summary>Full stack trace</summary>\n\n```\nError: connect ECONNREFUSED 127.0.0.1:5432\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)\n```\n</details>",
        '<math display="block"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></math>',
        '<svg viewBox="0 0 100 20" xmlns="http://www.w3.org/2000/svg">\n  <style>.label { font: 600 12px sans-serif; fill: #0a0; }</style>\n  <rect width="100" height="20" rx="3" fill="#222"/>\n  <text x="8" y="14" class="label">build: passing</text>\n</svg>',
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif;">\n  <tr><td style="padding:24px;background:#f4f4f4;">Hallo {{first_name}}, danke für Ihre Bestellung!</td></tr>\n</table>',
        '<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n  "@type": "Product",\n  "name": "Oak side table",\n  "offers": { "@type": "Offer", "price": "149.00", "priceCurrency": "EUR" }\n}\n</script>',
        '<button type="button" class="btn btn-outline-secondary" data-bs-toggle="modal" data-bs-target="#confirmDelete" aria-controls="confirmDelete">Delete…</button>',
        '<Button Content="Save" Command="{Binding SaveCommand}" IsEnabled="{Binding CanSave, Mode=OneWay}" Margin="0,8,0,0" />',
        '<LinearLayout xmlns:android="http://schemas.android.com/apk/res/android"\n    android:layout_width="match_parent"\n    android:layout_height="wrap_content"\n    android:orientation="horizontal">\n    <TextView android:id="@+id/title" android:text="@string/title" android:layout_weight="1" />\n</LinearLayout>',
        "h1 { font-size: clamp(1.75rem, 1.2rem + 2.5vw, 3rem); line-height: 1.1; text-wrap: balance; }",
        "```mermaid\nsequenceDiagram\n  Client->>API: POST /orders\n  API->>DB: INSERT order\n  API-->>Client: 201 Created\n```",
        "<beans xmlns=\"http://www.springframework.org/schema/beans\">\n  <bean id=\"dataSource\" class=\"com.zaxxer.hikari.HikariDataSource\" destroy-method=\"close\">\n    <property name=\"jdbcUrl\" value=\"${db.url}\"/>\n    <property name=\"maximumPoolSize\" value=\"10\"/>\n  </bean>\n</beans>",
        "Mi pregunta: ¿por qué `position: sticky` no funciona dentro de un contenedor con `overflow: hidden`? El `top: 0` está puesto.",
        ":root {\n  --brand: oklch(62% 0.19 256);\n  --brand-contrast: color-mix(in oklch, var(--brand), white 85%);\n}",
        "<picture>\n  <source srcset=\"/img/hero.avif\" type=\"image/avif\">\n  <source srcset=\"/img/hero.webp\" type=\"image/webp\">\n  <img src=\"/img/hero.jpg\" alt=\"Workshop bench with tools\" width=\"1200\" height=\"600\">\n</picture>",
        "<ul class=\"breadcrumb\">\n  <li><a href=\"../\">Docs</a></li>\n  <li><a href=\"../api/\">API</a></li>\n  <li aria-current=\"page\">Webhooks</li>\n</ul>",
        "Как в CSS сделать, чтобы `text-overflow: ellipsis` работал на две строки? Сейчас использую `-webkit-line-clamp: 2`, но в Firefox старых версий не работает.",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        if kind == 0:
            return ".%s { %s: %s; %s: %s; }" % (pick(["btn", "card", "alert", "badge", "nav__item", "toast"]), pick(["margin", "padding", "gap"]), pick(["0 auto", "0.5rem 1rem", "var(--space-2)", "1em"]),
                                               pick(["color", "background", "border-color"]), pick(["#1a73e8", "rgb(0 0 0 / 0.6)", "var(--brand)", "hsl(210 40% 96%)", "transparent"]))
        if kind == 1:
            return '<section class="%s" id="%s"><h2>%s</h2></section>' % (
                pick(["hero", "sidebar", "notice notice--info", "pricing"]), pick(["main", "intro", "faq", "plans"]), pick(["Preise &amp; Pakete", "Frequently asked questions", "Nos offres", "お知らせ"]))
        if kind == 2:
            return '<%s android:id="@+id/%s" android:layout_width="%s" android:layout_height="wrap_content" android:text="@string/%s" />' % (
                pick(["TextView", "Button", "EditText"]), pick(["title", "submit", "email", "hint"]), pick(["match_parent", "wrap_content", "0dp"]), pick(["title", "save", "email_hint", "welcome"]))
        if kind == 3:
            return "- [%s] %s" % (pick([" ", "x"]), pick(["Update `README.md` with the new `--config` flag", "Add screenshot of the dark theme", "Check `<details>` rendering on mobile", "Link the RFC in the changelog"]))
        if kind == 4:
            return "$%s: %s !default;" % (pick(["primary", "spacer", "radius", "font-stack", "grid-gutter"]), pick(["#0d6efd", "1rem", "0.375rem", "(\"Inter\", system-ui, sans-serif)", "1.5rem"]))
        return "<property name=\"%s\" value=\"%s\"/>" % (pick(["hibernate.dialect", "connection.pool_size", "show_sql", "hbm2ddl.auto"]), pick(["org.hibernate.dialect.PostgreSQLDialect", "10", "true", "validate"]))
    return fill(lit, gen)


# ============================================================= errors-and-traces
def errors_and_traces():
    lit = [
        t(r"""
            Exception in thread "main" java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null
            	at com.example.shop.CustomerService.normalize(CustomerService.java:88)
            	at com.example.shop.CustomerService.register(CustomerService.java:41)
            	at com.example.shop.Main.main(Main.java:17)
            """),
        t(r"""
            Traceback (most recent call last):
              File "/srv/app/manage.py", line 22, in <module>
                main()
              File "/srv/app/orders/tasks.py", line 57, in send_receipts
                body = template.render(order=order, total=order.total)
              File "/srv/app/.venv/lib/python3.12/site-packages/jinja2/environment.py", line 1301, in render
                self.environment.handle_exception()
            jinja2.exceptions.UndefinedError: 'None' has no attribute 'email'
            """),
        "System.InvalidOperationException: Unable to resolve service for type 'Shop.Data.IOrderRepository' while attempting to activate 'Shop.Api.Controllers.OrdersController'.\n   at Microsoft.Extensions.DependencyInjection.ActivatorUtilities.GetService(IServiceProvider sp, Type type, Type requiredBy, Boolean isDefaultParameterRequired)",
        t(r"""
            error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable
             --> src/main.rs:6:5
              |
            5 |     let first = &v[0];
              |                  - immutable borrow occurs here
            6 |     v.push(4);
              |     ^^^^^^^^^ mutable borrow occurs here
            7 |     println!("{first}");
              |               ------- immutable borrow later used here
            """),
        "panic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.parseLine({0xc000012090, 0x11})\n\t/home/dev/tool/main.go:42 +0x1d4\nmain.main()\n\t/home/dev/tool/main.go:18 +0x9c\nexit status 2",
        "src/buffer.c: In function 'buf_append':\nsrc/buffer.c:57:12: warning: comparison of integer expressions of different signedness: 'int' and 'size_t' {aka 'long unsigned int'} [-Wsign-compare]\n   57 |   if (len > b->cap - b->len) {\n      |       ^",
        "src/api/client.ts:27:19 - error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.\n  Type 'undefined' is not assignable to type 'string'.\n\n27   return getUser(params.id);\n                     ~~~~~~~~~",
        "/home/ci/app/src/components/Table.tsx\n  14:7   warning  'sortKey' is assigned a value but never used  @typescript-eslint/no-unused-vars\n  31:22  error    React Hook useEffect has a missing dependency: 'load'  react-hooks/exhaustive-deps\n\n✖ 2 problems (1 error, 1 warning)",
        "    def test_total_with_discount():\n        cart = Cart([Item(\"a\", 10), Item(\"b\", 5)])\n>       assert cart.total(discount=0.1) == 13.5\nE       assert 13.499999999999998 == 13.5\nE        +  where 13.499999999999998 = <bound method Cart.total of Cart(items=2)>(discount=0.1)\n\ntests/test_cart.py:14: AssertionError",
        "org.opentest4j.AssertionFailedError: expected: <[a, b, c]> but was: <[a, c, b]>\n\tat org.junit.jupiter.api.AssertionUtils.fail(AssertionUtils.java:55)\n\tat com.example.SorterTest.sortsStable(SorterTest.java:33)",
        t(r"""
            Program received signal SIGSEGV, Segmentation fault.
            0x0000555555555189 in list_free (head=0x5555555592a0) at list.c:23
            23	        free(cur->next);
            (gdb) bt
            #0  0x0000555555555189 in list_free (head=0x5555555592a0) at list.c:23
            #1  0x00005555555552f1 in main (argc=1, argv=0x7fffffffe0b8) at main.c:41
            (gdb) p cur
            $1 = (struct node *) 0x0
            """),
        "npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\nnpm ERR! Found: react@18.3.1\nnpm ERR! Could not resolve dependency:\nnpm ERR! peer react@\"^16.8.0 || ^17.0.0\" from react-beautiful-dnd@13.1.1",
        "[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"Error: connect ETIMEDOUT 10.0.3.14:6379\".] { code: 'ERR_UNHANDLED_REJECTION' }",
        'ERROR:  duplicate key value violates unique constraint "users_email_key"\nDETAIL:  Key (email)=(anna.mueller@example.com) already exists.\nCONTEXT:  SQL statement "INSERT INTO users (email, name) VALUES ($1, $2)"',
        "After upgrading to MySQL 8 our report endpoint fails with:\n`ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'rank, score FROM leaderboard' at line 1`\nTurns out `rank` became a reserved word in 8.0.2, backticks fixed it.",
        " => ERROR [build 5/7] RUN npm ci                                   12.3s\n------\n > [build 5/7] RUN npm ci:\n11.9 npm ERR! code EINTEGRITY\n11.9 npm ERR! sha512-... integrity checksum failed when using sha512\n------\nDockerfile:9",
        "e: file:///home/dev/app/src/main/kotlin/Repo.kt:31:25 Type mismatch: inferred type is String? but String was expected",
        "Warning: Each child in a list should have a unique \"key\" prop.\n\nCheck the render method of `OrderList`. See https://react.dev/link/warning-keys for more information.\n    at li\n    at OrderList (webpack-internal:///./src/OrderList.jsx:12:3)",
        "Module not found: Error: Can't resolve '../../components/Button' in '/app/src/pages/settings'\nDid you mean 'button'? (case-sensitive file system)",
        "ImportError: cannot import name 'Order' from partially initialized module 'shop.models' (most likely due to a circular import) (/srv/shop/models/__init__.py)",
        "NoMethodError: undefined method `name' for nil:NilClass\n  app/views/orders/show.html.erb:12:in `_app_views_orders_show_html_erb___3181'\n  app/controllers/orders_controller.rb:9:in `show'",
        "PHP Fatal error:  Uncaught TypeError: App\\Service\\Cart::add(): Argument #2 ($qty) must be of type int, string given, called in /var/www/app/src/Controller/CartController.php on line 42 and defined in /var/www/app/src/Service/Cart.php:18",
        "java.lang.OutOfMemoryError: Java heap space\n\tat java.base/java.util.Arrays.copyOf(Arrays.java:3537)\n\tat java.base/java.lang.AbstractStringBuilder.ensureCapacityInternal(AbstractStringBuilder.java:228)\n\tat com.example.export.CsvExporter.write(CsvExporter.java:71)",
        "org.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory': Could not resolve placeholder 'DB_PASSWORD' in value \"${DB_PASSWORD}\"",
        "./main.go:14:2: declared and not used: resp\n./main.go:21:15: undefined: http.NewRequestWithContex",
        'app/services/billing.py:48: error: Item "None" of "Optional[Customer]" has no attribute "vat_id"  [union-attr]\nFound 1 error in 1 file (checked 37 source files)',
        "/src/server.cpp:112:5: warning: use of a signed integer operand with a binary bitwise operator [hicpp-signed-bitwise]\n    flags | O_NONBLOCK;\n    ^",
        "==4120== Invalid read of size 4\n==4120==    at 0x109214: sum (sum.c:9)\n==4120==    by 0x1092A1: main (sum.c:20)\n==4120==  Address 0x4a8d050 is 0 bytes after a block of size 16 alloc'd",
        "Access to fetch at 'https://api.example.com/v1/items' from origin 'http://localhost:5173' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
        "- Snapshot  - 1\n+ Received  + 1\n\n  <button\n-   class=\"btn btn-primary\"\n+   class=\"btn btn-primary is-loading\"\n    disabled=\"\"\n  >",
        "  Warning  BackOff    2m (x41 over 12m)  kubelet  Back-off restarting failed container api in pod api-7d9c6f8b5-xk2lq_prod(3f1c...)\n  Last State:     Terminated\n    Reason:       Error\n    Exit Code:    137",
        "│ Error: Invalid reference\n│\n│   on main.tf line 12, in resource \"aws_s3_bucket\" \"logs\":\n│   12:   bucket = var.bucket_name-logs\n│\n│ A reference to a resource type must be followed by at least one attribute access.",
        "FAILURE: Build failed with an exception.\n\n* What went wrong:\nExecution failed for task ':app:compileJava'.\n> error: release version 21 not supported\n\n* Try:\n> Run with --stacktrace option to get the stack trace.",
        "<<<<<<< HEAD\nconst TIMEOUT_MS = 5000;\n=======\nconst TIMEOUT_MS = Number(process.env.TIMEOUT_MS ?? 3000);\n>>>>>>> feature/configurable-timeout",
        "npm ERR! Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript'\nnpm ERR!  [Error: EACCES: permission denied, mkdir '/usr/local/lib/node_modules/typescript'] { errno: -13, code: 'EACCES', syscall: 'mkdir' }",
        "FileNotFoundError: [Errno 2] No such file or directory: '../data/input.csv'\n\nIt works when I run it from `scripts/`, not from the repo root. Should I build the path from `__file__` instead?",
        "Msg 245, Level 16, State 1, Line 3\nConversion failed when converting the varchar value 'N/A' to data type int.",
        "error: no matching function for call to 'std::vector<int>::push_back(const char [4])'\n   12 |     v.push_back(\"abc\");\n      |     ~~~~~~~~~~~^~~~~~~\nnote: candidate: 'void std::vector<_Tp, _Alloc>::push_back(const value_type&) [with _Tp = int]'",
        "RecursionError: maximum recursion depth exceeded while calling a Python object\n  File \"tree.py\", line 14, in depth\n    return 1 + max(depth(c) for c in node.children)\n  [Previous line repeated 996 more times]",
        "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe4 in position 12: invalid continuation byte\n(the file is Latin-1, exported from Excel with the name 'Bestellungen_März.csv')",
        "requests.exceptions.SSLError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v2/orders?page=2 (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)')))",
        t(r"""
            =================================================================
            ==31337==ERROR: AddressSanitizer: heap-buffer-overflow on address 0x602000000018 at pc 0x5581c0e3a2b1 bp 0x7ffd6d1c2f40 sp 0x7ffd6d1c2f30
            WRITE of size 1 at 0x602000000018 thread T0
                #0 0x5581c0e3a2b0 in copy_name src/names.c:31
                #1 0x5581c0e3a4f2 in main src/main.c:12
            0x602000000018 is located 0 bytes to the right of 8-byte region [0x602000000010,0x602000000018)
            """),
        "In deploy.sh line 14:\nrm -rf $BUILD_DIR/*\n       ^--------^ SC2086 (info): Double quote to prevent globbing and word splitting.\n       ^--------^ SC2115 (warning): Use \"${var:?}\" to ensure this never expands to /* .",
        "app/models/user.rb:12:5: C: Style/GuardClause: Use a guard clause (return unless admin?) instead of wrapping the code inside a conditional expression.\n    if admin?\n    ^^^^^^^^^",
        "./shop/views.py:3:1: F401 'os' imported but unused\n./shop/views.py:41:80: E501 line too long (104 > 79 characters)\n./shop/utils.py:9:5: E731 do not assign a lambda expression, use a def",
        "org.hibernate.LazyInitializationException: failed to lazily initialize a collection of role: com.example.Order.items: could not initialize proxy - no Session",
        "ERROR RuntimeError: NG0100: ExpressionChangedAfterItHasBeenCheckedError: Expression has changed after it was checked. Previous value: 'false'. Current value: 'true'. Expression location: _OrderListComponent component",
        "'python' は、内部コマンドまたは外部コマンド、\n操作可能なプログラムまたはバッチ ファイルとして認識されていません。\n\nPATH には C:\\Users\\tanaka\\AppData\\Local\\Programs\\Python\\Python312\\ を追加しました。",
        "java.io.FileNotFoundException: C:\\Daten\\Export\\Kunden_Übersicht.xlsx (Der Prozess kann nicht auf die Datei zugreifen, da sie von einem anderen Prozess verwendet wird)\n\tat java.base/java.io.FileOutputStream.open0(Native Method)",
        "Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value: file App/ViewController.swift, line 27",
        "psql: error: connection to server at \"localhost\" (::1), port 5432 failed: FATAL:  password authentication failed for user \"shop\"",
    ]

    excs = [("ValueError", "invalid literal for int() with base 10: '%s'"), ("KeyError", "'%s'"), ("TypeError", "unsupported operand type(s) for +: 'int' and '%s'")]

    def gen():
        kind = RNG.randint(0, 4)
        e = pick(ENTITIES)
        if kind == 0:
            ex, msg = pick(excs)
            return "Traceback (most recent call last):\n  File \"%s.py\", line %d, in <module>\n    %s\n%s: %s" % (
                pick(["main", "import_csv", "report", "sync"]), RNG.randint(3, 300), pick(["total += row[\"amount\"]", "qty = int(row[3])", "cfg = settings[\"%s\"]" % e.lower()]), ex,
                msg % pick(["12,5", "N/A", "", e.lower(), "str", "NoneType"]))
        if kind == 1:
            return "java.lang.IllegalStateException: %s %s not found\n\tat com.example.%s.%sService.%s(%sService.java:%d)" % (
                e, pick(["#%d" % RNG.randint(1, 99999), "for tenant %d" % RNG.randint(1, 500)]), e.lower(), e, pick(["load", "apply", "get"]), e, RNG.randint(20, 400))
        if kind == 2:
            return "%s.%s:%d:%d: error: %s" % (pick(["src/main", "lib/util", "src/parser", "app/core"]), pick(["c", "cpp", "rs", "go"]), RNG.randint(1, 500), RNG.randint(1, 80),
                                               pick(["expected ';' before '}' token", "use of undeclared identifier 'count'", "implicit declaration of function 'strdup'", "too few arguments to function call, expected 3, have 2"]))
        if kind == 3:
            return "FAIL src/%s.test.ts\n  ● %s › %s\n\n    expect(received).toBe(expected) // Object.is equality\n\n    Expected: %s\n    Received: %s" % (
                e.lower(), e, pick(["computes total", "handles empty input", "rejects invalid email"]), pick(["42", "\"open\"", "true"]), pick(["41.99", "\"closed\"", "false", "undefined"]))
        return "%s  %s  %s" % (pick(["ERROR", "WARN", "FATAL"]), pick(SERVICES), pick(["timeout after 30000 ms calling %s" % pick(SERVICES), "connection reset by peer (%s:5432)" % pick(["10.0.2.15", "db-primary"]),
                                                                                       "retry %d/5 for job %s-%d" % (RNG.randint(1, 5), e.lower(), RNG.randint(100, 999))]))
    return fill(lit, gen)


# ================================================================ review-prose
def review_prose():
    lit = [
        "LGTM overall. Two small things: the `catch (Exception e)` in `ImportJob` swallows the cause, please at least log it, and `MAX_RETRIES` should come from config instead of being hard-coded to 3.",
        "Please don't build the query with string concatenation here. If `sort` ever comes from the request, someone can put arbitrary SQL into it. Use a whitelist of column names and bind the values as parameters.",
        "Kannst du hier bitte `Optional.ofNullable(...)` statt des verschachtelten `if (x != null)` verwenden? Außerdem fehlt ein Test für den Fall, dass die Adresse leer ist.",
        "Je pense qu'on devrait extraire cette logique dans un service séparé. Le contrôleur fait déjà trop de choses : validation, appel à l'API de paiement et envoi d'e-mail.",
        "¿Por qué usas `var` en lugar de `let`? Dentro del bucle `for` eso provoca que todos los callbacks vean el mismo valor de `i`.",
        "Boa pergunta! O problema é que `Array.prototype.map` não espera as promises. Use `await Promise.all(itens.map(async i => ...))`.",
        "この PR では `useMemo` の依存配列に `filters` が入っていないので、フィルタを変えても再計算されません。ESLint の `react-hooks/exhaustive-deps` を有効にしてください。",
        "这里的 `HashMap` 在多线程下不安全，建议改成 `ConcurrentHashMap`，或者在外面加锁。另外 `size()` 在循环里每次都调用，可以提到外面。",
        "Почему бы не использовать `try-with-resources`? Сейчас при исключении `Connection` не закрывается, и пул быстро заканчивается.",
        "이 함수는 너무 길어요. `validate`, `calculate`, `persist` 세 단계로 나누면 테스트하기 훨씬 쉬울 것 같습니다.",
        "Rendering user input with `innerHTML` is asking for trouble; someone will eventually paste markup into a comment. `textContent` is enough here, and if we really need formatting, run it through the sanitizer we already use for markdown.",
        "Security review note: we `pickle.loads` blobs from the shared Redis cache. Anyone who can write to that Redis can get code execution in the worker. Switch to JSON or sign the payloads with HMAC before we expose Redis to the new analytics service.",
        "Heads-up for reviewers: this PR renames `user_id` to `account_id` in 14 files. Most of the diff is mechanical; the interesting part is `migrations/0042_rename.py` and the backfill in `scripts/backfill_accounts.sql`.",
        "Could you add a test where the file name contains spaces and a `'`? The current `shell=True` call would break on `O'Brien report.pdf`; passing a list to `subprocess.run` avoids the quoting problem entirely.",
        "I'd avoid `SELECT *` in the repository layer. When someone adds a `blob` column next month, every list endpoint will suddenly fetch megabytes.",
        "Nit: typo in the log message, \"recieved\" → \"received\". Also, `%s` formatting in `logger.info` is fine, no need for the f-string, it's evaluated even when the level is disabled.",
        "Approving, but please open a follow-up ticket for the `TODO(ktanaka)` in `PaymentGateway.java`: we still retry non-idempotent POSTs.",
        "The regex `^(a+)+$` in the validator can backtrack catastrophically on long inputs. Something like `^a+$` is equivalent and linear.",
        "We discussed this in standup: the path is joined with `os.path.join(UPLOAD_DIR, filename)`, and a filename made of `../` segments could escape the folder and overwrite the app's own config. Let's resolve the path and check that it starts with `UPLOAD_DIR`, or just generate our own names with `uuid4()`.",
        "Thanks for the thorough answer! One question: why is `volatile` not enough for the counter in Java? I thought it makes writes visible to other threads.",
        "Answer: `volatile` guarantees visibility, but `count++` is still read-modify-write, so two threads can both read 5 and both write 6. Use `AtomicInteger.incrementAndGet()` or a lock.",
        "Hint for exercise 4: think about what happens to the loop when the list is empty. Your solution passes the visible tests but fails the hidden edge cases.",
        "Great first contribution 🎉 A couple of style things: we use `snake_case` for Python modules and the CI runs `ruff`, so `make lint` locally before pushing saves a round trip.",
        "This is vulnerable to CSRF since the endpoint accepts a GET for a state-changing action. Please switch `/api/orders/{id}/cancel` to POST and check the token.",
        "Can we pin the base image by digest? `FROM python:3.12-slim` moved under us last week and the build picked up a new OpenSSL.",
        "Não entendi por que o teste usa `Thread.sleep(2000)`. Isso deixa a suíte lenta e instável; dá para usar `Awaitility` ou um `CountDownLatch`.",
        "Der Name `doStuff2` sagt leider nichts aus. Vorschlag: `recalculateInvoiceTotals`. Und bitte den auskommentierten Code löschen, der liegt ja in der Git-Historie.",
        "Est-ce que `Promise.race` annule vraiment la requête perdante ? Non : il faut passer un `AbortController` à `fetch`, sinon la requête continue en arrière-plan.",
        "Comment from the reviewer bot: coverage decreased by 1.8% (84.2% → 82.4%). Uncovered lines: `src/export/pdf.ts` 41-58.",
        "In my experience, `ORDER BY RAND()` on a 5M-row table is the problem, not the index. Pick a random id range in the application and query `WHERE id >= ? LIMIT 1`.",
        "Just a heads-up, the `eval()` in `formula.js` runs whatever the user types into the spreadsheet cell. We should replace it with a tiny expression parser, there are only `+ - * /` and parentheses anyway.",
        "I think the reason you see `undefined` is that `this` inside the `function` callback isn't the component. Use an arrow function or `.bind(this)`.",
        "Spent two hours on this: `git pull --rebase` rewrote my local merge commit. `git reflog` saved me, `git reset --hard HEAD@{3}` brought everything back.",
        "Reminder: secrets must not go into `appsettings.json`. Use `dotnet user-secrets` locally and the key vault reference in production. The key in this PR (`sk_test_FAKE_0000`) is a dummy, but please remove it anyway.",
        "For the record: escaping quotes by hand (`replace(\"'\", \"''\")`) is not a fix for SQL injection. Different databases and encodings have different rules; prepared statements are the only reliable answer.",
        "Why not `LEFT JOIN ... WHERE b.id IS NULL` instead of `NOT IN (SELECT ...)`? With a single NULL in the subquery the `NOT IN` version returns nothing at all.",
        "Reviewed on my phone, so only high-level: the retry loop has no jitter, so all pods will hammer the API at the same second after an outage.",
        "@mgarcia can you take a look at the Dockerfile changes? I'm not sure whether `USER 1000` breaks the volume permissions on the CI runners.",
        "Ich würde die Exception nicht nach oben durchreichen, sondern in eine `BestellungNichtGefundenException` übersetzen, sonst leakt der JPA-Fehlertext bis in die API-Antwort.",
        "C'est un bon début ! Petite remarque : `==` en JavaScript fait une conversion de type, donc `'0' == 0` vaut `true`. Utilise `===`.",
        "Exercise feedback: 7/10 tests passed. Failing: `test_unicode_names` (your `.isalpha()` check rejects \"José\"? no, it rejects the space in \"Ana María\"), `test_large_input` (timeout: nested loops are O(n²)).",
        "ありがとうございます！`git stash -u` を忘れていたのが原因でした。未追跡ファイルも退避されるんですね。",
        "谢谢！我试了 `npm cache clean --force` 然后删除 `node_modules` 和 `package-lock.json`，重新安装后就好了。",
        "Спасибо, помогло. Оказывается, `COPY . .` в Dockerfile копировал локальную папку `node_modules` поверх установленной в образе. Добавил её в `.dockerignore`.",
        "감사합니다! `Arc::clone(&data)` 로 바꾸니까 컴파일 되네요. 소유권 개념이 아직 헷갈립니다.",
        "Re: the bug with the `&` in company names. The CSV export is fine; the problem is that the PDF template double-escapes, so `Smith & Sons` shows up as `Smith &amp;amp; Sons`.",
        "Closing as duplicate of #4821. The crash happens when the config contains a `${VAR}` that isn't defined; the fix landed in 2.8.1.",
        "I'm not a fan of catching `Throwable`. It also catches `OutOfMemoryError` and `StackOverflowError`, and there's nothing sensible we can do with those.",
        "Quick explanation for the juniors channel: XSS happens when text from a user ends up in the page as markup instead of text. The framework escapes `{{ }}` by default; the danger is anything that bypasses that, like `v-html`, `dangerouslySetInnerHTML` or `|safe`.",
        "We should stop shelling out to `tar` with the user's filename. Python's `tarfile` does the job and we avoid both quoting issues and the `--checkpoint` style option tricks.",
        "Hola, ¿alguien sabe por qué `docker compose up` ignora mi `.env`? Lo tengo en la carpeta `infra/` y ejecuto el comando desde la raíz del repo.",
        "If you need the old behaviour, set `spring.mvc.pathmatch.matching-strategy=ant_path_matcher`. But I'd rather fix the three endpoints that rely on suffix matching.",
    ]

    subj = ["the retry logic", "this migration", "the new cache layer", "the `OrderMapper`", "the error handling in `sync()`", "the CSV importer", "the auth middleware", "these tests"]
    asks = ["can we add a test for the empty case?", "please split this into two PRs.", "looks good, just rebase on main.", "I'd rename the variable to something clearer.",
            "is this covered by the integration suite?", "let's discuss in tomorrow's review."]
    de = ["Kleine Anmerkung", "Frage", "Danke für den PR! Eine Rückfrage", "Nachtrag aus dem Review"]
    fr = ["Merci pour la PR. Petite remarque sur", "Petite question sur", "Une remarque sur"]
    subj_de = ["zur Retry-Logik", "zur Migration", "zum neuen Cache", "zum `OrderMapper`", "zum Fehlerhandling in `sync()`", "zum CSV-Import"]
    subj_fr = ["la logique de retry", "cette migration", "le nouveau cache", "le `OrderMapper`", "la gestion d'erreurs dans `sync()`", "l'import CSV"]

    def gen():
        kind = RNG.randint(0, 3)
        if kind == 0:
            return "Re %s: %s" % (pick(subj), pick(asks))
        if kind == 1:
            return "%s %s%s" % (pick(de), pick(subj_de), pick([": bitte noch einen Test ergänzen.", ": warum nicht `final`?", ": fehlt da ein `null`-Check?", ": können wir das auf zwei PRs aufteilen?"]))
        if kind == 2:
            return "%s %s %s" % (pick(fr), pick(subj_fr), pick([": pourquoi pas un `enum` ?", "; il manque un test.", "– c'est voulu ?"]))
        return "@%s %s %s" % (pick(["ktanaka", "mgarcia", "rsharma", "okafor", "lmuller"]), pick(["could you review", "FYI", "any idea about", "thoughts on"]), pick(subj) + pick(["?", ".", " when you have a minute?"]))
    return fill(lit, gen)


CATEGORIES = [
    ("csharp-dotnet", csharp_dotnet),
    ("jvm", jvm),
    ("go-rust-c", go_rust_c),
    ("python-ruby-php", python_ruby_php),
    ("javascript-ts", javascript_ts),
    ("sql-in-code", sql_in_code),
    ("shell-and-build", shell_and_build),
    ("markup-and-styles", markup_and_styles),
    ("errors-and-traces", errors_and_traces),
    ("review-prose", review_prose),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb22-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-20s %d" % (cat, counts[cat]))
    print("%-20s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
