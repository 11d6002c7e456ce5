#include "doctorcommand.h"

#include "bootstrap.h"
#include "common/logging.h"
#include "config/config.h"
#include "doctor/doctor.h"
#include "doctor/reportjson.h"
#include "doctor/reporttext.h"
#include "shell/translations.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace paynudge {
namespace {

void write(FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

int DoctorCommand::run(const CommandLine &cl)
{
    if (cl.positional.size() != 1) {
        write(stderr,
            u"paynudge doctor: takes no argument; usage: paynudge doctor [--config FILE] [--data-dir DIR] [--json]\n"_s
                .toLocal8Bit());
        return ExitUsage;
    }
    QList<Error> errors;
    const Config config = Config::load(cl.configPath, &errors);
    // The report says everything; the client's own log lines would only repeat it.
    logging::install({ {}, true });
    QLoggingCategory::setFilterRules(
        u"paynudge.*.info=false\npaynudge.*.debug=false\npaynudge.*.warning=false"_s);
    // The report speaks the operator's language, as the window would; scripts get stable English.
    Translations::install(
        cl.json ? u"en"_s : Translations::choose(errors.isEmpty() ? config.language : QString()));

    Doctor::Options options;
    options.configPath = cl.configPath;
    options.dataDir = cl.dataDir;
    Doctor doctor(options);
    QEventLoop loop;
    QObject::connect(&doctor, &Doctor::finished, &loop, &QEventLoop::quit);
    doctor.start();
    if (!doctor.isFinished())
        loop.exec(); // Doctor bounds its own run: it always finishes

    const DoctorReport &report = doctor.report();
    write(stdout, cl.json ? reportToJson(report) : reportToText(report).toLocal8Bit());
    return report.hasProblems() ? ExitDoctorProblem : ExitOk;
}

} // namespace paynudge
